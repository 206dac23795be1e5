package com.jetops.command.booking;

import com.jetops.api.booking.ItineraryLeg;
import com.jetops.api.booking.Passenger;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.command.infra.EventClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The passenger manifest of a booking, checked field by field against the legs it was priced for. */
final class Manifest {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

    private Manifest() {
    }

    /** Every revenue leg carries exactly the passengers it was priced for. Personal data stays out of messages. */
    static List<Passenger> check(List<Passenger> passengers, List<ItineraryLeg> itinerary, int seats) {
        Require.present(passengers, "passengers");
        int[] onLeg = new int[itinerary.size()];
        for (int i = 0; i < passengers.size(); i++) {
            String path = "passengers[" + i + "]";
            Passenger p = Require.present(passengers.get(i), path);
            Require.text(p.name(), path + ".name", 200);
            LocalDate born = Require.date(p.dateOfBirth(), path + ".dateOfBirth");
            Require.that(born, d -> !d.isAfter(EventClock.today()), path + ".dateOfBirth",
                    "date of birth must not be in the future");
            Require.that(Require.present(p.nationality(), path + ".nationality"), COUNTRIES::contains,
                    path + ".nationality", "nationality must be an ISO 3166 country code such as US or GB");
            Require.that(Require.present(p.passportNumber(), path + ".passportNumber"),
                    n -> PASSPORT.matcher(n).matches(), path + ".passportNumber",
                    "passport number must be 5 to 20 capital letters or digits");
            Require.that(p.weightKg(), w -> w == null || (w >= 1 && w <= 300), path + ".weightKg",
                    "weight must be between 1 and 300 kg");
            List<Integer> legs = p.legs() == null
                    ? java.util.stream.IntStream.range(0, itinerary.size()).boxed().toList() : p.legs();
            Require.that(legs, l -> l.stream().distinct().count() == l.size(), path + ".legs",
                    "each leg is listed once per passenger");
            for (Integer leg : legs) {
                Require.that(leg, l -> l != null && l >= 0 && l < itinerary.size(), path + ".legs",
                        "leg numbers run from 0 to " + (itinerary.size() - 1));
                onLeg[leg]++;
            }
        }
        for (int leg = 0; leg < itinerary.size(); leg++) {
            if (onLeg[leg] != itinerary.get(leg).passengers()) {
                throw new RuleViolationException(ErrorCode.PASSENGERS_DO_NOT_MATCH, "passengers",
                        "Leg " + leg + " (" + itinerary.get(leg).from() + "→" + itinerary.get(leg).to() + ") was quoted for "
                                + itinerary.get(leg).passengers() + " passengers and the manifest lists " + onLeg[leg]
                                + " (" + seats + " seats); ask for a new quote to change the count");
            }
        }
        return new ArrayList<>(passengers);
    }
}
