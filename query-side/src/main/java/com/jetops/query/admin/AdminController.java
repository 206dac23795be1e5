package com.jetops.query.admin;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.platform.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/admin/projections")
@Tag(name = "Admin", description = "Projection processors: position, lag, replay")
class AdminController {
    private final Projections projections;

    AdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(summary = "Every projection's processor: position and head of the event stream, lag, replaying, errors")
    List<Projections.Status> list() {
        return projections.statuses();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One processor's status; poll it to follow a rebuild (position / head)")
    ResponseEntity<Object> status(@PathVariable("name") String name) {
        return projections.status(name).<ResponseEntity<Object>>map(ResponseEntity::ok).orElseGet(() -> unknown(name));
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Empties the projection's read model and replays every event into it; answers at once, "
            + "follow the progress on GET /admin/projections/{name}")
    ResponseEntity<Object> rebuild(@PathVariable("name") String name) {
        if (!projections.rebuild(name)) {
            return unknown(name);
        }
        return ResponseEntity.accepted().body(projections.status(name).orElseThrow());
    }

    private static ResponseEntity<Object> unknown(String name) {
        return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null, "No projection " + name));
    }
}
