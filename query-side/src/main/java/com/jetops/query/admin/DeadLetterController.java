package com.jetops.query.admin;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.platform.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/admin/dead-letters")
@Tag(name = "Admin", description = "Projection processors: position, lag, replay, dead letters")
class DeadLetterController {
    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Events a projection could not handle, parked with the later events of their aggregate")
    List<DeadLetters.Letter> list() {
        return deadLetters.list();
    }

    @PostMapping("/{projection}/retry")
    @Operation(summary = "Hands the projection's parked events to it again, oldest first per aggregate; "
            + "what fails again stays parked")
    ResponseEntity<Object> retry(@PathVariable("projection") String projection) {
        return deadLetters.retry(projection).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null,
                        "No projection " + projection)));
    }

    @DeleteMapping("/{projection}/{letterId}")
    @Operation(summary = "Throws one parked event away for good; the events behind it are retried next")
    ResponseEntity<Object> evict(@PathVariable("projection") String projection, @PathVariable("letterId") String letterId) {
        if (!deadLetters.evict(projection, letterId)) {
            return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null,
                    "No dead letter " + letterId + " in projection " + projection));
        }
        return ResponseEntity.noContent().build();
    }
}
