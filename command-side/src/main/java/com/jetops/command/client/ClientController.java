package com.jetops.command.client;

import com.jetops.api.client.AddPaymentMethodCommand;
import com.jetops.api.client.ChangeNotificationPreferencesCommand;
import com.jetops.api.client.ChangeVipStatusCommand;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.DeactivateClientCommand;
import com.jetops.api.client.EraseClientPersonalDataCommand;
import com.jetops.api.client.PaymentMethodReference;
import com.jetops.api.client.RegisterClientCommand;
import com.jetops.api.client.RemovePaymentMethodCommand;
import com.jetops.api.client.TravelPreferences;
import com.jetops.api.client.UpdateClientProfileCommand;
import com.jetops.api.client.UpdateTravelPreferencesCommand;
import com.jetops.api.client.VipStatus;
import com.jetops.api.common.Require;
import com.jetops.api.notification.NotificationKind;
import com.jetops.api.security.Role;
import com.jetops.command.infra.ActingFor;
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
import java.util.Set;

@RestController
@RequestMapping("/clients")
@Tag(name = "Clients", description = "Client profiles, preferences, VIP status and payment method tokens")
class ClientController {
    private final CommandGateway commandGateway;

    ClientController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** What a write answers: the client id and the aggregate version. */
    record Accepted(String clientId, long version) {
    }

    record VipStatusChange(VipStatus vipStatus) {
    }

    record Deactivation(String reason) {
    }

    /** The notification kinds the client wants by e-mail; an empty list turns them all off. */
    record NotificationPreferences(Set<NotificationKind> email) {
    }

    private Accepted send(ClientId clientId, Object command) {
        Long version = commandGateway.sendAndWait(command);
        return new Accepted(clientId.value(), version == null ? 0 : version);
    }

    /** The client addressed; a client user may address only themselves (anything else is 404). */
    private static ClientId clientId(String id) {
        ClientId clientId = Require.parsed("id", () -> ClientId.of(id));
        ActingFor.requireSelf(Role.CLIENT, clientId.value(), "id");
        return clientId;
    }

    @PostMapping
    @Operation(summary = "Register an individual or corporate client",
            description = "201 with the id; 400 names the field at fault; 409 when the e-mail belongs to another client.")
    ResponseEntity<Accepted> register(@RequestBody ClientProfile profile) {
        ClientId clientId = ClientId.random();
        commandGateway.sendAndWait(new RegisterClientCommand(clientId, profile));
        return ResponseEntity.created(URI.create("/clients/" + clientId)).body(new Accepted(clientId.value(), 0));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the client's profile; a new e-mail must be free")
    Accepted update(@PathVariable("id") String id, @RequestBody ClientProfile profile) {
        ClientId clientId = clientId(id);
        return send(clientId, new UpdateClientProfileCommand(clientId, profile));
    }

    @PostMapping("/{id}/preferences")
    @Operation(summary = "Replace the client's travel preferences")
    Accepted preferences(@PathVariable("id") String id, @RequestBody TravelPreferences preferences) {
        ClientId clientId = clientId(id);
        return send(clientId, new UpdateTravelPreferencesCommand(clientId, preferences));
    }

    @PutMapping("/{id}/notification-preferences")
    @Operation(summary = "Choose which notifications the client gets by e-mail",
            description = "Body {\"email\":[\"BOOKING_CONFIRMED\",…]}; every kind is on until the client chooses. "
                    + "An unknown kind is 400 naming the field.")
    Accepted notificationPreferences(@PathVariable("id") String id, @RequestBody NotificationPreferences preferences) {
        ClientId clientId = clientId(id);
        return send(clientId, new ChangeNotificationPreferencesCommand(clientId, preferences.email()));
    }

    @PutMapping("/{id}/vip-status")
    @Operation(summary = "Set the client's service tier")
    Accepted vipStatus(@PathVariable("id") String id, @RequestBody VipStatusChange change) {
        ClientId clientId = clientId(id);
        return send(clientId, new ChangeVipStatusCommand(clientId, change.vipStatus()));
    }

    @PostMapping("/{id}/payment-methods")
    @Operation(summary = "Add a payment method as the provider's token, brand and last four digits; card numbers are refused")
    Accepted addPaymentMethod(@PathVariable("id") String id, @RequestBody PaymentMethodReference paymentMethod) {
        ClientId clientId = clientId(id);
        return send(clientId, new AddPaymentMethodCommand(clientId, paymentMethod));
    }

    @DeleteMapping("/{id}/payment-methods/{token}")
    @Operation(summary = "Remove a payment method")
    Accepted removePaymentMethod(@PathVariable("id") String id, @PathVariable("token") String token) {
        ClientId clientId = clientId(id);
        return send(clientId, new RemovePaymentMethodCommand(clientId, token));
    }

    @PostMapping("/{id}/erase")
    @Operation(summary = "Erase the client's personal data (GDPR art. 17; Super Admin with X-TOTP-Code): the key of "
            + "their data and of their bookings' passengers is destroyed, every copy reads \"[erased]\", bookings, "
            + "prices and invoices stay; the account is closed and the e-mail freed; repeating it changes nothing")
    Accepted erase(@PathVariable("id") String id) {
        ClientId clientId = clientId(id);
        return send(clientId, new EraseClientPersonalDataCommand(clientId));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Close the client account")
    Accepted deactivate(@PathVariable("id") String id, @RequestBody Deactivation deactivation) {
        ClientId clientId = clientId(id);
        return send(clientId, new DeactivateClientCommand(clientId, deactivation.reason()));
    }
}
