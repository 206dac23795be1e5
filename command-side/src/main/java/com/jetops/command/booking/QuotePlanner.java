package com.jetops.command.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.EmptyLegRef;
import com.jetops.api.booking.ItineraryLeg;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.booking.RequestQuoteCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.SpecialService;
import com.jetops.api.reference.Airport;
import com.jetops.api.reference.Airports;
import com.jetops.command.booking.BookingCatalog.CatalogAircraft;
import com.jetops.command.crew.FtlLimits;
import com.jetops.command.pricing.CurrentPricingRules;
import com.jetops.command.pricing.FlightTime;
import com.jetops.command.pricing.Pricer;
import com.jetops.command.pricing.PricingRequest;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an itinerary into a quote: which aircraft can fly it (seats, range, in service, free
 * for every leg with turnaround and positioning), the legs each would fly and their prices.
 * The cheapest (or the one asked for) is the offer, the next three the alternatives. A one-way
 * trip that matches a confirmed trip's positioning leg is also offered on that leg, at its time
 * and with the empty-leg discount.
 */
@Component
public class QuotePlanner {
    static final int MAX_ITINERARY_LEGS = 10;
    private static final int MAX_ALTERNATIVES = 3;

    private final BookingCatalog catalog;
    private final Airports airports;
    private final CurrentPricingRules pricingRules;
    private final BookingProperties properties;
    private final FtlLimits limits;
    private final Pricer pricer = new Pricer();

    QuotePlanner(BookingCatalog catalog, Airports airports, CurrentPricingRules pricingRules,
                 BookingProperties properties, FtlLimits limits) {
        this.limits = limits;
        this.catalog = catalog;
        this.airports = airports;
        this.pricingRules = pricingRules;
        this.properties = properties;
    }

    /** A candidate's plan, or why it cannot fly the trip; {@code emptyLeg} when it rides on another trip's leg. */
    private record Plan(CatalogAircraft aircraft, List<PlannedLeg> legs, String unfitBecause, EmptyLegRef emptyLeg) {
        Plan(CatalogAircraft aircraft, List<PlannedLeg> legs) {
            this(aircraft, legs, null, null);
        }

        static Plan unfit(CatalogAircraft aircraft, String reason) {
            return new Plan(aircraft, List.of(), reason, null);
        }
    }

    public QuoteIssuedEvent quote(RequestQuoteCommand command, Instant now) {
        Require.present(command.quoteId(), "quoteId");
        Require.present(command.clientId(), "clientId");
        List<ItineraryLeg> itinerary = checkItinerary(command.legs(), now);
        Priced priced = price(itinerary, command.services(), command.currency(), command.agentId(),
                command.aircraftId(), command.category(), null, now);
        List<QuoteOption> options = priced.options();
        return new QuoteIssuedEvent(command.quoteId(), command.clientId(), command.agentId(), itinerary,
                priced.services(), priced.currency(), options.get(0),
                options.subList(1, Math.min(options.size(), 1 + MAX_ALTERNATIVES)), priced.rulesVersion(),
                priced.utilization(), now, validUntil(options.get(0), now));
    }

    /**
     * A booked trip planned and priced again for a change (other times, other passengers): the
     * same aircraft, the booking's own reservations not counted as taken.
     */
    public QuoteOption replan(BookingId bookingId, AircraftId aircraftId, List<ItineraryLeg> legs,
                              Set<SpecialService> services, Currency currency, String agentId, Instant now) {
        return price(checkItinerary(legs, now), services, currency, agentId, aircraftId, null, bookingId, now)
                .options().get(0);
    }

    Instant validUntil(QuoteOption offer, Instant now) {
        Instant firstDeparture = offer.legs().get(0).departure();
        Instant validUntil = now.plus(properties.quoteValidity());
        return validUntil.isAfter(firstDeparture) ? firstDeparture : validUntil;
    }

    /** The priced options, cheapest first, with what they were priced with. */
    private record Priced(List<QuoteOption> options, Set<SpecialService> services, Currency currency,
                          long rulesVersion, BigDecimal utilization) {
    }

    private Priced price(List<ItineraryLeg> itinerary, Set<SpecialService> requestedServices, Currency requestedCurrency,
                         String agentId, AircraftId aircraftId, AircraftCategory category, BookingId ignoring,
                         Instant now) {
        Require.that(requestedServices, r -> r == null || r.stream().noneMatch(java.util.Objects::isNull), "services",
                "services are CATERING, GROUND_TRANSPORT or CUSTOMS_HANDLING");
        Set<SpecialService> services = requestedServices == null ? Set.of() : Set.copyOf(requestedServices);
        CurrentPricingRules.Versioned rules = pricingRules.current();
        Currency currency = requestedCurrency == null ? rules.rules().baseCurrency() : requestedCurrency;
        if (!currency.equals(rules.rules().baseCurrency()) && !rules.rules().exchangeRates().containsKey(currency.getCurrencyCode())) {
            throw new RuleViolationException(ErrorCode.CURRENCY_NOT_SUPPORTED, "currency",
                    "No exchange rate for " + currency.getCurrencyCode() + " in pricing rules version " + rules.version());
        }
        int passengers = itinerary.stream().mapToInt(ItineraryLeg::passengers).max().orElseThrow();
        List<CatalogAircraft> candidates = catalog.bookableAircraft(passengers).stream()
                .filter(a -> aircraftId == null || a.aircraftId().equals(aircraftId))
                .filter(a -> category == null || a.category() == category)
                .toList();
        if (aircraftId != null && candidates.isEmpty()) {
            throw new RuleViolationException(ErrorCode.NO_AIRCRAFT_AVAILABLE, "aircraftId", "Aircraft "
                    + aircraftId + " is not bookable for " + passengers + " passengers (unknown, too "
                    + "small, grounded or retired)");
        }
        List<AircraftId> ids = candidates.stream().map(CatalogAircraft::aircraftId).toList();
        Map<AircraftId, IcaoCode> starts = catalog.plannedLocations(ids, itinerary.get(0).departure().toInstant(), ignoring);
        Map<AircraftId, IcaoCode> pickups = catalog.nextPickups(ids,
                itinerary.get(itinerary.size() - 1).departure().toInstant(), ignoring);
        List<Plan> plans = candidates.stream().map(a -> plan(a, itinerary, rules.rules(), now,
                starts.getOrDefault(a.aircraftId(), a.location()), pickups.get(a.aircraftId()))).toList();
        Map<AircraftId, List<TimeWindow>> busy = catalog.busy(
                plans.stream().filter(p -> p.unfitBecause() == null).map(p -> p.aircraft().aircraftId()).toList(),
                span(plans), ignoring);
        plans = new ArrayList<>(plans.stream().map(p -> p.unfitBecause() != null ? p : checkFree(p, busy, rules.rules())).toList());
        if (ignoring == null) {
            plans.addAll(emptyLegPlans(itinerary, candidates));
        }

        BigDecimal utilization = BigDecimal.valueOf(catalog.utilization(tripWindow(itinerary), ignoring))
                .setScale(4, RoundingMode.HALF_EVEN);
        BigDecimal commission = agentId == null ? null : rules.rules().defaultAgentCommissionPercent();
        List<QuoteOption> options = plans.stream().filter(p -> p.unfitBecause() == null)
                .map(p -> option(p, itinerary, services, now, currency, utilization, commission, rules.rules()))
                .sorted(Comparator.comparing((QuoteOption o) -> o.price().total().amount())
                        .thenComparing(QuoteOption::tailNumber))
                .toList();
        if (options.isEmpty()) {
            throw new RuleViolationException(ErrorCode.NO_AIRCRAFT_AVAILABLE, null, whyNone(passengers, plans));
        }
        return new Priced(options, services, currency, rules.version(), utilization);
    }

    private List<ItineraryLeg> checkItinerary(List<ItineraryLeg> legs, Instant now) {
        Require.present(legs, "legs");
        Require.that(legs, l -> !l.isEmpty() && l.size() <= MAX_ITINERARY_LEGS, "legs",
                "an itinerary has 1 to " + MAX_ITINERARY_LEGS + " legs");
        for (int i = 0; i < legs.size(); i++) {
            int index = i;
            String path = "legs[" + i + "]";
            ItineraryLeg leg = Require.present(legs.get(i), path);
            airport(leg.from(), path + ".from");
            airport(leg.to(), path + ".to");
            Require.that(leg, l -> !l.from().equals(l.to()), path + ".to", "a leg must go somewhere else");
            Instant departure = Require.present(leg.departure(), path + ".departure").toInstant();
            Require.that(departure, d -> d.isAfter(now), path + ".departure", "the departure must be in the future");
            Require.that(departure, d -> d.isBefore(now.plus(Duration.ofDays(730))), path + ".departure",
                    "quotes reach two years ahead at most");
            Require.that(departure, d -> index == 0 || d.isAfter(legs.get(index - 1).departure().toInstant()), path + ".departure",
                    "legs must be in departure order");
            Require.that(leg.passengers(), p -> p >= 1 && p <= 400, path + ".passengers",
                    "a leg carries 1 to 400 passengers");
        }
        return List.copyOf(legs);
    }

    private Airport airport(IcaoCode icao, String field) {
        Require.present(icao, field);
        return airports.find(icao).orElseThrow(() -> new RuleViolationException(ErrorCode.UNKNOWN_AIRPORT, field,
                "No airport " + icao + " in the reference data"));
    }

    /**
     * The legs this aircraft would fly: a positioning leg from where it will be ({@code start}: where
     * its previous trip leaves it, or where it is) to the first departure (arriving one turnaround
     * before it), positioning between legs that do not connect, and after the trip to where its next
     * trip picks it up ({@code pickup}) or, without one, home to base when the category's policy says so.
     */
    private Plan plan(CatalogAircraft aircraft, List<ItineraryLeg> itinerary, PricingRules rules, Instant now,
                      IcaoCode start, IcaoCode pickup) {
        PricingRules.CategoryPolicy policy = rules.categories().get(aircraft.category());
        // Pricing rules decide the categories the operator sells; an aircraft outside them is not offered.
        if (policy == null) {
            return Plan.unfit(aircraft, "no pricing policy for its category " + aircraft.category());
        }
        Duration turnaround = Duration.ofMinutes(policy.turnaroundMinutes());
        List<PlannedLeg> legs = new ArrayList<>();
        IcaoCode at = start;
        Instant free = null;  // when the aircraft can leave again
        for (ItineraryLeg leg : itinerary) {
            Instant departure = leg.departure().toInstant();
            if (!at.equals(leg.from())) {
                Duration ferry = flightTime(aircraft, at, leg.from(), policy);
                Instant ferryDeparture = departure.minus(turnaround).minus(ferry);
                if (!inRange(aircraft, at, leg.from())) {
                    return Plan.unfit(aircraft, "out of range to position " + at + "→" + leg.from());
                }
                if (ferryDeparture.isBefore(free == null ? now : free)) {
                    return Plan.unfit(aircraft, "cannot reach " + leg.from() + " in time from " + at);
                }
                legs.add(new PlannedLeg(legs.size(), at, leg.from(), ferryDeparture, ferryDeparture.plus(ferry), 0, true));
            } else if (free != null && departure.isBefore(free)) {
                return Plan.unfit(aircraft, "needs " + policy.turnaroundMinutes() + " min on the ground at "
                        + leg.from() + " before " + leg.departure());
            }
            if (!inRange(aircraft, leg.from(), leg.to())) {
                return Plan.unfit(aircraft, "out of range for " + leg.from() + "→" + leg.to());
            }
            Instant arrival = departure.plus(flightTime(aircraft, leg.from(), leg.to(), policy));
            legs.add(new PlannedLeg(legs.size(), leg.from(), leg.to(), departure, arrival, leg.passengers(), false));
            at = leg.to();
            free = arrival.plus(turnaround);
        }
        IcaoCode handBack = pickup != null ? pickup : policy.returnToBase() ? aircraft.baseAirport() : null;
        if (handBack != null && !at.equals(handBack)) {
            if (!inRange(aircraft, at, handBack)) {
                return Plan.unfit(aircraft, "out of range to return " + at + "→" + handBack);
            }
            legs.add(new PlannedLeg(legs.size(), at, handBack, free,
                    free.plus(flightTime(aircraft, at, handBack, policy)), 0, true));
        }
        return crewCanFly(aircraft, legs);
    }

    /**
     * One two-pilot crew flies the whole trip, so it must be legal for one crew: each duty period
     * within the duty-period limit (the rest between duties is what separates them), and no 24
     * consecutive hours with more flight time than allowed. Offering a trip no crew may fly would
     * only end in a rejected booking.
     */
    private Plan crewCanFly(CatalogAircraft aircraft, List<PlannedLeg> legs) {
        for (List<Integer> duty : BookingFulfilment.dutyPeriods(legs, properties)) {
            TimeWindow window = BookingFulfilment.dutyWindow(legs, duty, properties);
            if (window.duration().compareTo(limits.dutyPeriod()) > 0) {
                return Plan.unfit(aircraft, "needs more than one crew duty day (" + hours(window.duration())
                        + " h on duty from " + legs.get(duty.get(0)).from() + ")");
            }
        }
        for (PlannedLeg start : legs) {
            TimeWindow day = new TimeWindow(start.departure(), start.departure().plus(Duration.ofHours(24)));
            Duration flying = legs.stream().map(l -> overlap(day, l.departure(), l.arrival()))
                    .reduce(Duration.ZERO, Duration::plus);
            if (flying.compareTo(limits.twoPilotFlightTimeIn24Hours()) > 0) {
                return Plan.unfit(aircraft, "needs more than one crew (" + hours(flying) + " h flying in 24 h from "
                        + start.from() + ")");
            }
        }
        return new Plan(aircraft, List.copyOf(legs));
    }

    /**
     * A one-way trip on the route of an unsold positioning leg departing within the flex window:
     * the client flies at the leg's time on the aircraft and crew already reserved for it.
     */
    private List<Plan> emptyLegPlans(List<ItineraryLeg> itinerary, List<CatalogAircraft> candidates) {
        if (itinerary.size() != 1) {
            return List.of();
        }
        ItineraryLeg wanted = itinerary.get(0);
        Instant departure = wanted.departure().toInstant();
        Map<AircraftId, CatalogAircraft> fitting = new LinkedHashMap<>();
        candidates.forEach(a -> fitting.put(a.aircraftId(), a));
        return catalog.emptyLegs(wanted.from(), wanted.to(), departure.minus(properties.emptyLegFlex()),
                        departure.plus(properties.emptyLegFlex())).stream()
                .filter(leg -> fitting.containsKey(leg.aircraftId()))
                .map(leg -> new Plan(fitting.get(leg.aircraftId()), List.of(new PlannedLeg(0, leg.from(), leg.to(),
                        leg.departure(), leg.arrival(), wanted.passengers(), false)), null, leg.ref()))
                .toList();
    }

    private static Duration overlap(TimeWindow window, Instant start, Instant end) {
        Instant from = start.isAfter(window.start()) ? start : window.start();
        Instant to = end.isBefore(window.end()) ? end : window.end();
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    private static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private Duration flightTime(CatalogAircraft aircraft, IcaoCode from, IcaoCode to, PricingRules.CategoryPolicy policy) {
        return Duration.ofMinutes(FlightTime.minutes(airports.find(from).orElseThrow(), airports.find(to).orElseThrow(),
                aircraft.cruiseKt(), policy.taxiMinutesPerLeg()));
    }

    private boolean inRange(CatalogAircraft aircraft, IcaoCode from, IcaoCode to) {
        double distance = airports.find(from).orElseThrow().distanceNmTo(airports.find(to).orElseThrow());
        return BigDecimal.valueOf(distance).multiply(properties.rangeReserveFactor())
                .compareTo(BigDecimal.valueOf(aircraft.rangeNm())) <= 0;
    }

    /**
     * The windows the aircraft is taken for: each leg from its departure to the next leg's
     * departure (the aircraft waits where the trip needs it), the last until a turnaround after it lands.
     */
    static List<TimeWindow> reservationWindows(List<PlannedLeg> legs, Duration turnaround) {
        List<TimeWindow> windows = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            PlannedLeg leg = legs.get(i);
            Instant end = i + 1 < legs.size() ? legs.get(i + 1).departure() : leg.arrival().plus(turnaround);
            windows.add(new TimeWindow(leg.departure(), end.isAfter(leg.arrival()) ? end : leg.arrival()));
        }
        return windows;
    }

    static Duration turnaround(PricingRules rules, AircraftCategory category) {
        return Duration.ofMinutes(rules.categories().get(category).turnaroundMinutes());
    }

    private Plan checkFree(Plan plan, Map<AircraftId, List<TimeWindow>> busy, PricingRules rules) {
        List<TimeWindow> taken = busy.getOrDefault(plan.aircraft().aircraftId(), List.of());
        for (TimeWindow window : reservationWindows(plan.legs(), turnaround(rules, plan.aircraft().category()))) {
            Optional<TimeWindow> clash = taken.stream().filter(window::overlaps).findFirst();
            if (clash.isPresent()) {
                return Plan.unfit(plan.aircraft(), "taken from " + clash.get().start() + " to " + clash.get().end());
            }
        }
        return plan;
    }

    private QuoteOption option(Plan plan, List<ItineraryLeg> itinerary, Set<SpecialService> services, Instant now,
                               Currency currency, BigDecimal utilization, BigDecimal commission, PricingRules rules) {
        CatalogAircraft aircraft = plan.aircraft();
        PricingRequest.Aircraft priced = new PricingRequest.Aircraft(aircraft.category(), aircraft.hourlyRate(),
                aircraft.cruiseKt());
        PriceBreakdown price = priceOf(priced, plan.legs(), plan.emptyLeg() != null, itinerary, services, now, currency,
                utilization, commission, rules);
        // An empty leg holds nothing of its own: the host trip's reservation carries it.
        List<TimeWindow> windows = plan.emptyLeg() != null ? List.of()
                : reservationWindows(plan.legs(), turnaround(rules, aircraft.category()));
        return new QuoteOption(aircraft.aircraftId(), aircraft.tailNumber(), aircraft.typeDesignator(),
                aircraft.category(), aircraft.seats(), aircraft.ownerId(), aircraft.hourlyRate(), aircraft.cruiseKt(),
                plan.legs(), windows, price, plan.emptyLeg());
    }

    private PriceBreakdown priceOf(PricingRequest.Aircraft aircraft, List<PlannedLeg> planned, boolean emptyLeg,
                                   List<ItineraryLeg> itinerary, Set<SpecialService> services, Instant now,
                                   Currency currency, BigDecimal utilization, BigDecimal commission, PricingRules rules) {
        List<PricingRequest.Leg> legs = new ArrayList<>();
        int revenue = 0;
        for (PlannedLeg leg : planned) {
            // Revenue legs keep the offset the client gave: weekend surcharges are judged in local time.
            legs.add(new PricingRequest.Leg(airports.find(leg.from()).orElseThrow(),
                    airports.find(leg.to()).orElseThrow(), leg.departure().atOffset(leg.positioning()
                    ? ZoneOffset.UTC : itinerary.get(revenue++).departure().getOffset()),
                    leg.passengers(), leg.positioning(), emptyLeg));
        }
        return pricer.price(new PricingRequest(aircraft, legs, services, now, currency, utilization, commission), rules);
    }

    /**
     * Prices a past quote's option again from what the quote recorded — its rules version,
     * quote time, itinerary, services, currency, fleet utilization, aircraft rate and speed —
     * so any quote can be explained line by line as of its date.
     */
    public PriceBreakdown reprice(QuoteIssuedEvent quote, QuoteOption option) {
        PricingRules rules = pricingRules.version(quote.pricingRulesVersion());
        BigDecimal commission = quote.agentId() == null ? null : rules.defaultAgentCommissionPercent();
        return priceOf(new PricingRequest.Aircraft(option.category(), option.hourlyRate(), option.cruiseSpeedKt()),
                option.legs(), option.isEmptyLeg(), quote.itinerary(), quote.services(), quote.issuedAt(), quote.currency(),
                quote.fleetUtilization(), commission, rules);
    }

    private static TimeWindow span(List<Plan> plans) {
        Instant start = plans.stream().flatMap(p -> p.legs().stream()).map(PlannedLeg::departure)
                .min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant end = plans.stream().flatMap(p -> p.legs().stream()).map(PlannedLeg::arrival)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH.plusSeconds(1));
        return new TimeWindow(start, end.plus(Duration.ofDays(1)));
    }

    private static TimeWindow tripWindow(List<ItineraryLeg> itinerary) {
        Instant start = itinerary.get(0).departure().toInstant();
        Instant end = itinerary.get(itinerary.size() - 1).departure().toInstant().plus(Duration.ofHours(12));
        return new TimeWindow(start, end);
    }

    /** "No aircraft can fly this trip: 2 out of range for KTEB→EGLL, 1 taken from …" */
    private static String whyNone(int passengers, List<Plan> plans) {
        if (plans.isEmpty()) {
            return "No bookable aircraft seats " + passengers + " passengers";
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        plans.forEach(p -> reasons.merge(p.unfitBecause().replaceAll("taken from .*", "taken in the trip's window"),
                1, Integer::sum));
        StringBuilder text = new StringBuilder("No aircraft can fly this trip:");
        reasons.forEach((reason, count) -> text.append(' ').append(count).append(" aircraft ").append(reason).append(';'));
        return text.substring(0, text.length() - 1);
    }
}
