package com.jetops.query.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientPage;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientProfileUpdatedEvent;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.ClientView;
import com.jetops.api.client.FindClientQuery;
import com.jetops.api.client.ListClientsQuery;
import com.jetops.api.client.PaymentMethodAddedEvent;
import com.jetops.api.client.PaymentMethodRemovedEvent;
import com.jetops.api.client.ClientNotificationPreferencesChangedEvent;
import com.jetops.api.client.TravelPreferencesUpdatedEvent;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Clients: profile, tier, preferences, payment methods (brand and last four; the token is not
 * shown) and whether the account is open. Each row carries the client's event sequence number,
 * so a replayed or redelivered event changes nothing. The trips summary is read from the flights
 * read model when asked, so it is as fresh as that one and never stored twice.
 */
@Component
@ProcessingGroup("clients")
class ClientProjection {
    private final ClientRowRepository repository;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    private final PersonalDataCodec personalData;

    ClientProjection(ClientRowRepository repository, JdbcTemplate jdbc, ObjectMapper json, PersonalDataCodec personalData) {
        this.personalData = personalData;
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ClientRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ClientRow row = repository.findById(event.clientId().value()).orElse(new ClientRow(event.clientId().value()));
        if (row.version < sequence) {
            save(row, new ClientView(event.clientId(), event.profile(), VipStatus.STANDARD, null, null, List.of(), true,
                    null, at, null, sequence), sequence);
        }
    }

    @EventHandler
    void on(ClientProfileUpdatedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, view -> new ClientView(view.clientId(), event.profile(), view.vipStatus(),
                view.preferences(), view.emailNotifications(), view.paymentMethods(), view.active(),
                view.deactivationReason(), view.registeredAt(), null, sequence));
    }

    @EventHandler
    void on(VipStatusChangedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, view -> new ClientView(view.clientId(), view.profile(), event.vipStatus(),
                view.preferences(), view.emailNotifications(), view.paymentMethods(), view.active(),
                view.deactivationReason(), view.registeredAt(), null, sequence));
    }

    @EventHandler
    void on(TravelPreferencesUpdatedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, view -> new ClientView(view.clientId(), view.profile(), view.vipStatus(),
                event.preferences(), view.emailNotifications(), view.paymentMethods(), view.active(),
                view.deactivationReason(), view.registeredAt(), null, sequence));
    }

    @EventHandler
    void on(ClientNotificationPreferencesChangedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, view -> new ClientView(view.clientId(), view.profile(), view.vipStatus(),
                view.preferences(), event.email(), view.paymentMethods(), view.active(), view.deactivationReason(),
                view.registeredAt(), null, sequence));
    }

    @EventHandler
    void on(PaymentMethodAddedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, (row, view) -> {
            List<String> tokens = new ArrayList<>(readTokens(row.paymentTokens));
            tokens.add(event.paymentMethod().token());
            row.paymentTokens = write(tokens);
            List<ClientView.PaymentMethod> methods = new ArrayList<>(view.paymentMethods());
            methods.add(new ClientView.PaymentMethod(event.paymentMethod().brand(), event.paymentMethod().lastFour()));
            return withPaymentMethods(view, methods, sequence);
        });
    }

    /** The view shows no tokens; the row keeps them beside it, in the same order, to find the one removed. */
    @EventHandler
    void on(PaymentMethodRemovedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, (row, view) -> {
            List<String> tokens = new ArrayList<>(readTokens(row.paymentTokens));
            int index = tokens.indexOf(event.token());
            List<ClientView.PaymentMethod> methods = new ArrayList<>(view.paymentMethods());
            if (index >= 0) {
                tokens.remove(index);
                methods.remove(index);
            }
            row.paymentTokens = write(tokens);
            return withPaymentMethods(view, methods, sequence);
        });
    }

    @EventHandler
    void on(ClientDeactivatedEvent event, @SequenceNumber long sequence) {
        update(event.clientId(), sequence, view -> new ClientView(view.clientId(), view.profile(), view.vipStatus(),
                view.preferences(), view.emailNotifications(), view.paymentMethods(), false, event.reason(),
                view.registeredAt(), null, sequence));
    }

    /** The copy of the client's personal data goes; a replay reads "[erased]" from the events themselves. */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event, @SequenceNumber long sequence) {
        personalData.forgetCachedKeys();
        update(event.clientId(), sequence, view -> {
            ClientView erased = personalData.erased(view, ClientView.class);
            return new ClientView(erased.clientId(), erased.profile(), erased.vipStatus(), erased.preferences(),
                    erased.emailNotifications(), erased.paymentMethods(), false, "personal data erased",
                    erased.registeredAt(), null, sequence);
        });
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    ClientView find(FindClientQuery query) {
        return repository.findById(query.clientId().value())
                .map(row -> withBookings(List.of(read(row.view))).get(0)).orElse(null);
    }

    @QueryHandler
    ClientPage list(ListClientsQuery query) {
        Specification<ClientRow> filter = Specification.allOf(
                contains(query.text()),
                equalTo("vipStatus", query.vipStatus() == null ? null : query.vipStatus().name()),
                equalTo("active", query.active()),
                equalTo("kind", query.kind() == null ? null : query.kind().name()),
                query.onlyClientIds() == null ? null : (root, q, cb) -> query.onlyClientIds().isEmpty()
                        ? cb.disjunction() : root.get("clientId").in(query.onlyClientIds()));
        String column = switch (query.sort() == null ? ListClientsQuery.Sort.NAME : query.sort()) {
            case NAME -> "name";
            case REGISTERED_AT -> "registeredAt";
            case VIP_STATUS -> "vipStatus";
        };
        Sort sort = Sort.by(query.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, column).and(Sort.by("clientId"));
        Page<ClientRow> page = repository.findAll(filter, PageRequest.of(query.page(), query.size(), sort));
        return new ClientPage(withBookings(page.getContent().stream().map(row -> read(row.view)).toList()),
                query.page(), query.size(), page.getTotalElements());
    }

    /** The trips summary of each client, in one query over the flights read model. */
    private List<ClientView> withBookings(List<ClientView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<String, ClientView.BookingSummary> summaries = new HashMap<>();
        jdbc.query("""
                        select client_id,
                               count(*) filter (where status <> 'REJECTED'),
                               count(*) filter (where status in ('COMPLETED', 'INVOICED', 'PAID')),
                               count(*) filter (where status = 'CANCELLED'),
                               min(first_departure) filter (where status in ('REQUESTED', 'CONFIRMED')
                                                              and first_departure > now()),
                               max(first_departure) filter (where status in ('IN_PROGRESS', 'COMPLETED', 'INVOICED', 'PAID'))
                          from flight_booking where client_id = any (?) group by client_id""",
                row -> {
                    java.sql.Timestamp next = row.getTimestamp(5);
                    java.sql.Timestamp last = row.getTimestamp(6);
                    summaries.put(row.getString(1), new ClientView.BookingSummary(row.getLong(2), row.getLong(3),
                            row.getLong(4), next == null ? null : next.toInstant(), last == null ? null : last.toInstant()));
                },
                (Object) views.stream().map(v -> v.clientId().value()).toArray(String[]::new));
        return views.stream().map(v -> new ClientView(v.clientId(), v.profile(), v.vipStatus(), v.preferences(),
                v.emailNotifications(), v.paymentMethods(), v.active(), v.deactivationReason(), v.registeredAt(),
                summaries.getOrDefault(v.clientId().value(), ClientView.BookingSummary.NONE), v.version())).toList();
    }

    private static Specification<ClientRow> contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // A LIKE pattern with the user's % and _ taken literally.
        String pattern = "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, q, cb) -> cb.or(
                cb.like(cb.lower(root.get("name")), pattern, '\\'),
                cb.like(cb.lower(cb.coalesce(root.get("companyName"), "")), pattern, '\\'),
                cb.like(cb.lower(root.get("email")), pattern, '\\'));
    }

    private static Specification<ClientRow> equalTo(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }

    private static ClientView withPaymentMethods(ClientView view, List<ClientView.PaymentMethod> methods, long sequence) {
        return new ClientView(view.clientId(), view.profile(), view.vipStatus(), view.preferences(),
                view.emailNotifications(), List.copyOf(methods), view.active(), view.deactivationReason(),
                view.registeredAt(), null, sequence);
    }

    private void update(ClientId clientId, long sequence, UnaryOperator<ClientView> change) {
        update(clientId, sequence, (row, view) -> change.apply(view));
    }

    /** Events of one client arrive in order; a missing row makes the processor retry rather than lose the change. */
    private void update(ClientId clientId, long sequence, BiFunction<ClientRow, ClientView, ClientView> change) {
        ClientRow row = repository.findById(clientId.value()).orElseThrow(() ->
                new IllegalStateException("client row of " + clientId + " missing at sequence " + sequence));
        if (row.version < sequence) {
            save(row, change.apply(row, read(row.view)), sequence);
        }
    }

    /** The row's view as stored, without the trips summary (which is read from the flights read model). */
    ClientView view(ClientRow row) {
        return read(row.view);
    }

    private List<String> readTokens(String value) {
        try {
            return List.of(json.readValue(value, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(ClientRow row, ClientView view, long sequence) {
        ClientProfile profile = view.profile();
        row.version = sequence;
        row.name = profile.companyName() != null ? profile.companyName() : profile.contact().name();
        row.companyName = profile.companyName();
        row.email = profile.email();
        row.vipStatus = view.vipStatus().name();
        row.kind = profile.kind().name();
        row.active = view.active();
        row.registeredAt = view.registeredAt();
        row.view = write(view);
        repository.save(row);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ClientView read(String value) {
        try {
            return json.readValue(value, ClientView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
