package com.jetops.api.client;

import com.jetops.api.notification.NotificationKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A client as the query side shows it: profile, tier, preferences, the notifications wanted by
 * e-mail, payment methods (brand and last four only), whether the account is open, and a summary
 * of the trips booked.
 *
 * @param emailNotifications the kinds the client is e-mailed about; every kind until they choose
 */
public record ClientView(
        ClientId clientId,
        ClientProfile profile,
        VipStatus vipStatus,
        TravelPreferences preferences,
        Set<NotificationKind> emailNotifications,
        List<PaymentMethod> paymentMethods,
        boolean active,
        String deactivationReason,
        Instant registeredAt,
        BookingSummary bookings,
        long version) {

    public ClientView {
        emailNotifications = emailNotifications == null ? NotificationKind.defaults()
                : emailNotifications.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(emailNotifications);
    }

    /** What a person needs to pick a card; the provider's token stays on the command side. */
    public record PaymentMethod(String brand, String lastFour) {
    }

    /** Trips booked (rejected ones not counted), the next one ahead and the last one flown. */
    public record BookingSummary(long booked, long completed, long cancelled, Instant nextDeparture,
                                 Instant lastDeparture) {
        public static final BookingSummary NONE = new BookingSummary(0, 0, 0, null, null);
    }
}
