package com.jetops.command.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignCrewMemberCommand;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.RecordActualDutyCommand;
import com.jetops.api.crew.ClearCrewUnavailabilityCommand;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.security.Role;
import com.jetops.command.infra.ActingFor;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.HireCrewMemberCommand;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.MarkCrewUnavailableCommand;
import com.jetops.api.crew.RecordLicenceCommand;
import com.jetops.api.crew.RecordMedicalCommand;
import com.jetops.api.crew.RecordTrainingCommand;
import com.jetops.api.crew.RecordTypeRatingCommand;
import com.jetops.api.crew.ReleaseCrewMemberCommand;
import com.jetops.api.crew.UnassignCrewMemberCommand;
import com.jetops.api.crew.UnavailabilityId;
import com.jetops.api.crew.UnavailabilityKind;
import com.jetops.api.crew.UpdateCrewMemberCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/crew")
@Tag(name = "Crew", description = "Crew members, qualifications, availability and legal assignments (Part 135.267)")
class CrewController {
    private final CommandGateway commandGateway;

    CrewController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record Accepted(String crewMemberId, long version) {
    }

    record Created(String crewMemberId, String id, long version) {
    }

    record Hire(String employeeId, String name, CrewPosition position, IcaoCode baseAirport, CrewContact contact) {
    }

    record Update(String name, IcaoCode baseAirport, CrewContact contact) {
    }

    record Reason(String reason) {
    }

    record Licence(LicenceKind kind, String number, String issuingAuthority, LocalDate expiresOn) {
    }

    record TypeRating(String typeDesignator, LocalDate expiresOn) {
    }

    record Medical(Integer medicalClass, LocalDate expiresOn) {
    }

    record Training(String course, LocalDate completedOn, LocalDate nextDueOn) {
    }

    record Unavailability(String crewMemberId, UnavailabilityKind kind, Instant start, Instant end) {
    }

    record Assignment(String bookingId, CrewRole role, CrewComplement complement, String typeDesignator,
                      TimeWindow duty, List<TimeWindow> flights) {
    }

    record ActualDuty(TimeWindow duty, List<TimeWindow> flights, Boolean overrunBeyondControl) {
    }

    private long send(Object command) {
        Long version = commandGateway.sendAndWait(command);
        return version == null ? 0 : version;
    }

    /** The crew member addressed; a crew user may address only themselves (anything else is 404). */
    private static CrewMemberId crewMemberId(String field, String id) {
        CrewMemberId crewMemberId = Require.parsed(field, () -> CrewMemberId.of(id));
        ActingFor.requireSelf(Role.CREW_MEMBER, crewMemberId.value(), field);
        return crewMemberId;
    }

    @PostMapping
    @Operation(summary = "Hire a crew member; 409 when the employee id is taken")
    ResponseEntity<Accepted> hire(@RequestBody Hire request) {
        CrewMemberId id = CrewMemberId.random();
        commandGateway.sendAndWait(new HireCrewMemberCommand(id, request.employeeId(), request.name(),
                request.position(), request.baseAirport(), request.contact()));
        return ResponseEntity.created(URI.create("/crew/" + id)).body(new Accepted(id.value(), 0));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace name, base airport and contact details")
    Accepted update(@PathVariable("id") String id, @RequestBody Update request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new UpdateCrewMemberCommand(crewMemberId, request.name(),
                request.baseAirport(), request.contact())));
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "The crew member leaves the operator; refused while assignments lie ahead")
    Accepted release(@PathVariable("id") String id, @RequestBody Reason request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new ReleaseCrewMemberCommand(crewMemberId, request.reason())));
    }

    @PostMapping("/{id}/licences")
    @Operation(summary = "Record a licence or certificate (a renewal replaces the one of the same kind)")
    Accepted licence(@PathVariable("id") String id, @RequestBody Licence request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new RecordLicenceCommand(crewMemberId, request.kind(),
                request.number(), request.issuingAuthority(), request.expiresOn())));
    }

    @PostMapping("/{id}/type-ratings")
    @Operation(summary = "Record a type rating for an ICAO aircraft type designator")
    Accepted typeRating(@PathVariable("id") String id, @RequestBody TypeRating request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new RecordTypeRatingCommand(crewMemberId,
                request.typeDesignator(), request.expiresOn())));
    }

    @PostMapping("/{id}/medical")
    @Operation(summary = "Record a medical certificate")
    Accepted medical(@PathVariable("id") String id, @RequestBody Medical request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new RecordMedicalCommand(crewMemberId,
                Require.present(request.medicalClass(), "medicalClass"), request.expiresOn())));
    }

    @PostMapping("/{id}/training")
    @Operation(summary = "Record a completed recurrent training course")
    Accepted training(@PathVariable("id") String id, @RequestBody Training request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new RecordTrainingCommand(crewMemberId, request.course(),
                request.completedOn(), request.nextDueOn())));
    }

    @PostMapping("/availability")
    @Operation(summary = "Mark a day off, leave or sickness window for a crew member")
    ResponseEntity<Created> unavailable(@RequestBody Unavailability request) {
        CrewMemberId crewMemberId = crewMemberId("crewMemberId", request.crewMemberId());
        UnavailabilityId unavailabilityId = UnavailabilityId.random();
        long version = send(new MarkCrewUnavailableCommand(crewMemberId, unavailabilityId, request.kind(),
                new TimeWindow(Require.present(request.start(), "start"), Require.present(request.end(), "end"))));
        return ResponseEntity.created(URI.create("/crew/" + crewMemberId + "/availability/" + unavailabilityId))
                .body(new Created(crewMemberId.value(), unavailabilityId.value(), version));
    }

    @DeleteMapping("/{id}/availability/{unavailabilityId}")
    @Operation(summary = "Withdraw an unavailability window")
    Accepted clearUnavailability(@PathVariable("id") String id,
                                 @PathVariable("unavailabilityId") String unavailabilityId) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new ClearCrewUnavailabilityCommand(crewMemberId,
                Require.parsed("unavailabilityId", () -> UnavailabilityId.of(unavailabilityId)))));
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "Assign to a booking's flights; 422 names the rule broken and the figures")
    ResponseEntity<Created> assign(@PathVariable("id") String id, @RequestBody Assignment request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        AssignmentId assignmentId = AssignmentId.random();
        long version = send(new AssignCrewMemberCommand(crewMemberId, assignmentId,
                Require.parsed("bookingId", () -> BookingId.of(request.bookingId())), request.role(),
                request.complement(), request.typeDesignator(), request.duty(), request.flights()));
        return ResponseEntity.created(URI.create("/crew/" + crewMemberId + "/assignments/" + assignmentId))
                .body(new Created(crewMemberId.value(), assignmentId.value(), version));
    }

    @PostMapping("/{id}/assignments/{assignmentId}/unassign")
    @Operation(summary = "Take the crew member off an assignment; its duty no longer counts")
    Accepted unassign(@PathVariable("id") String id, @PathVariable("assignmentId") String assignmentId,
                      @RequestBody Reason request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new UnassignCrewMemberCommand(crewMemberId,
                Require.parsed("assignmentId", () -> AssignmentId.of(assignmentId)), request.reason())));
    }

    @PostMapping("/{id}/assignments/{assignmentId}/actuals")
    @Operation(summary = "Report the duty and flight times actually flown; an overrun beyond the crew's control "
            + "lengthens the next rest (11/12/16 h)")
    Accepted recordActuals(@PathVariable("id") String id, @PathVariable("assignmentId") String assignmentId,
                           @RequestBody ActualDuty request) {
        CrewMemberId crewMemberId = crewMemberId("id", id);
        return new Accepted(crewMemberId.value(), send(new RecordActualDutyCommand(crewMemberId,
                Require.parsed("assignmentId", () -> AssignmentId.of(assignmentId)), request.duty(), request.flights(),
                Boolean.TRUE.equals(request.overrunBeyondControl()))));
    }
}
