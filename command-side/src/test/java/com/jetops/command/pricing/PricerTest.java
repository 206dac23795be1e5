package com.jetops.command.pricing;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.SpecialService;
import com.jetops.api.reference.Airport;
import com.jetops.api.reference.Airports;
import com.jetops.command.pricing.PricingRequest.Aircraft;
import com.jetops.command.pricing.PricingRequest.Leg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.jetops.api.pricing.PriceLineKind.BASE;
import static com.jetops.api.pricing.PriceLineKind.DEMAND;
import static com.jetops.api.pricing.PriceLineKind.EMPTY_LEG_DISCOUNT;
import static com.jetops.api.pricing.PriceLineKind.FERRY;
import static com.jetops.api.pricing.PriceLineKind.LAST_MINUTE_SURCHARGE;
import static com.jetops.api.pricing.PriceLineKind.MINIMUM_BILLING_TOPUP;
import static com.jetops.api.pricing.PriceLineKind.PEAK_SEASON_SURCHARGE;
import static com.jetops.api.pricing.PriceLineKind.SERVICE;
import static com.jetops.api.pricing.PriceLineKind.TAX;
import static com.jetops.api.pricing.PriceLineKind.WEEKEND_SURCHARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Itineraries priced by hand under {@link PricingRules#defaults()}. The figures they use:
 * <pre>
 *   category        taxi  minimum/day  ferry     aircraft in these tests
 *   TURBOPROP       10    1.0 h        0.70      1,900.00 USD/h, 280 kt
 *   LIGHT_JET       12    1.5 h        0.75      3,900.00 USD/h, 415 kt
 *   MIDSIZE_JET     12    1.5 h        0.75      4,800.00 USD/h, 430 kt
 *   SUPER_MIDSIZE   15    2.0 h        0.75      6,200.00 USD/h, 450 kt
 *   HEAVY_JET       15    2.0 h        0.80      8,200.00 USD/h, 460 kt
 *   ULTRA_LONG      20    2.5 h        0.80      9,800.00 USD/h, 488 kt
 *   weekend +10 %, peak season +15 % (Christmas and New Year 2026/27: 2026-12-18..2027-01-03),
 *   last-minute +20 % under 48 h; demand ×1.10 from 70 % utilization, ×1.25 from 90 %;
 *   empty-leg match −50 %; catering 45.00/pax/leg, ground transport 250.00/trip end, customs 350.00/int'l leg;
 *   US-FET 7.5 % of transport, US-SEGMENT 5.40/pax/leg, on US domestic legs; platform 10 %;
 *   1 USD = 0.92 EUR = 0.79 GBP.
 * </pre>
 * Flight minutes = ceil(distance nm × 60 ÷ speed kt) + taxi. Every line is rounded half-even to
 * the cent on its own; totals add the rounded lines. Unless a case says otherwise: quoted
 * 2026-11-20T12:00Z (no last-minute), fleet utilization 50 % (no demand line), no agent, USD.
 */
class PricerTest {
    private static final Airports AIRPORTS = Airports.bundled();
    private static final PricingRules RULES = PricingRules.defaults();
    private static final Pricer PRICER = new Pricer();

    private static final Aircraft TURBOPROP = aircraft(AircraftCategory.TURBOPROP, "1900.00", 280);
    private static final Aircraft LIGHT = aircraft(AircraftCategory.LIGHT_JET, "3900.00", 415);
    private static final Aircraft MIDSIZE = aircraft(AircraftCategory.MIDSIZE_JET, "4800.00", 430);
    private static final Aircraft SUPER_MIDSIZE = aircraft(AircraftCategory.SUPER_MIDSIZE_JET, "6200.00", 450);
    private static final Aircraft HEAVY = aircraft(AircraftCategory.HEAVY_JET, "8200.00", 460);
    private static final Aircraft ULTRA_LONG_RANGE = aircraft(AircraftCategory.ULTRA_LONG_RANGE_JET, "9800.00", 488);

    static Stream<Itinerary> itineraries() {
        return Stream.of(
                // KTEB→KVNY 2,129.4 nm, super midsize: 2129.4 × 60 / 450 = 283.92 → 284 + 15 taxi = 299 min.
                // BASE 6200 × 299/60 = 30,896.666… → 30,896.67 (Tuesday, not peak, 6 pax).
                // US-FET 7.5 % × 30,896.666… = 2,317.25; US-SEGMENT 6 × 5.40 = 32.40 → taxes 2,349.65.
                // total 30,896.67 + 2,349.65 = 33,246.32; platform 10 % × 30,896.67 = 3,089.667 → 3,089.67;
                // owner 30,896.67 − 3,089.67 = 27,807.00.
                new Itinerary("KTEB→KVNY one-way on a weekday",
                        trip(SUPER_MIDSIZE, Leg.revenue(at("KTEB"), at("KVNY"), t("2026-12-08T10:00-05:00"), 6)),
                        List.of(leg("2129.4", 299, "4.9833")),
                        List.of(line(BASE, 0, "30896.67"), line(TAX, 0, "2317.25"), line(TAX, 0, "32.40")),
                        totals("30896.67", "2349.65", "33246.32", "0.00", "3089.67", "27807.00")),

                // EGLF→LFMN 560.0 nm, midsize: 559.998 × 60 / 430 = 78.14 → 79 + 12 = 91 min (over the 90-min minimum).
                // Out Saturday 12 Dec, back Sunday 13 Dec (+01:00): both weekend. In EUR at 0.92, each line converted:
                // BASE 4800 × 91/60 = 7,280.00 USD → 6,697.60 EUR; WEEKEND 10 % = 728.00 USD → 669.76 EUR (per leg).
                // Customs handling (GB→FR, FR→GB) 350.00 USD → 322.00 EUR per leg. No US tax (not US domestic).
                // subtotal 2 × (6,697.60 + 669.76 + 322.00) = 15,378.72; platform 1,537.872 → 1,537.87;
                // owner 15,378.72 − 1,537.87 = 13,840.85.
                new Itinerary("EGLF→LFMN round trip over a weekend, in EUR, with customs handling",
                        trip(MIDSIZE,
                                Leg.revenue(at("EGLF"), at("LFMN"), t("2026-12-12T09:00Z"), 4),
                                Leg.revenue(at("LFMN"), at("EGLF"), t("2026-12-13T15:00+01:00"), 4))
                                .in("EUR").with(SpecialService.CUSTOMS_HANDLING),
                        List.of(leg("560.0", 91, "1.5167"), leg("560.0", 91, "1.5167")),
                        List.of(line(BASE, 0, "6697.60"), line(WEEKEND_SURCHARGE, 0, "669.76"),
                                line(BASE, 1, "6697.60"), line(WEEKEND_SURCHARGE, 1, "669.76"),
                                line(SERVICE, 0, "322.00"), line(SERVICE, 1, "322.00")),
                        totals("15378.72", "0.00", "15378.72", "0.00", "1537.87", "13840.85")),

                // Light jet based at KTEB positions to Boston, flies KBOS→KPBI and back, returns home empty.
                // KTEB→KBOS 164.5 nm: 23.79 → 24 + 12 = 36 min; KBOS→KPBI 1,041.8 nm: 150.63 → 151 + 12 = 163 min.
                // FERRY 3900 × 0.75 = 2,925.00/h × 36/60 = 1,755.00 (legs 0 and 3); BASE 3900 × 163/60 = 10,595.00.
                // Revenue hours each day 2.72 h ≥ 1.5 h: no top-up. Ground transport at KBOS twice: 2 × 250.00.
                // US-FET on every leg, ferry included: 7.5 % × 1,755 = 131.625 → 131.62 (half-even);
                // 7.5 % × 10,595 = 794.625 → 794.62. US-SEGMENT 4 × 5.40 = 21.60 on the revenue legs only.
                // subtotal 2 × 1,755 + 2 × 10,595 + 500 = 25,200.00; taxes 2 × (131.62 + 794.62 + 21.60) = 1,895.68;
                // total 27,095.68; platform 2,520.00; owner 22,680.00.
                new Itinerary("4-leg trip with ferry legs out and home",
                        trip(LIGHT,
                                Leg.ferry(at("KTEB"), at("KBOS"), t("2026-12-07T07:00-05:00")),
                                Leg.revenue(at("KBOS"), at("KPBI"), t("2026-12-07T09:00-05:00"), 4),
                                Leg.revenue(at("KPBI"), at("KBOS"), t("2026-12-10T15:00-05:00"), 4),
                                Leg.ferry(at("KBOS"), at("KTEB"), t("2026-12-10T19:30-05:00")))
                                .with(SpecialService.GROUND_TRANSPORT),
                        List.of(leg("164.5", 36, "0.6000"), leg("1041.8", 163, "2.7167"),
                                leg("1041.8", 163, "2.7167"), leg("164.5", 36, "0.6000")),
                        List.of(line(FERRY, 0, "1755.00"), line(BASE, 1, "10595.00"), line(BASE, 2, "10595.00"),
                                line(FERRY, 3, "1755.00"), line(SERVICE, 1, "250.00"), line(SERVICE, 2, "250.00"),
                                line(TAX, 0, "131.62"), line(TAX, 1, "794.62"), line(TAX, 1, "21.60"),
                                line(TAX, 2, "794.62"), line(TAX, 2, "21.60"), line(TAX, 3, "131.62")),
                        totals("25200.00", "1895.68", "27095.68", "0.00", "2520.00", "22680.00")),

                // KTEB→KPBI 901.7 nm, midsize: 125.82 → 126 + 12 = 138 min = 2.3 h. BASE 4800 × 2.3 = 11,040.00.
                // Quoted 2026-12-08T15:00Z, departs 2026-12-09T13:00Z: 22 h < 48 h → LAST_MINUTE 20 % = 2,208.00.
                // US-FET 7.5 % × 13,248.00 = 993.60; US-SEGMENT 2 × 5.40 = 10.80 → taxes 1,004.40.
                // total 14,252.40; platform 1,324.80; owner 11,923.20.
                new Itinerary("last-minute departure",
                        trip(MIDSIZE, Leg.revenue(at("KTEB"), at("KPBI"), t("2026-12-09T08:00-05:00"), 2))
                                .quotedAt("2026-12-08T15:00:00Z"),
                        List.of(leg("901.7", 138, "2.3000")),
                        List.of(line(BASE, 0, "11040.00"), line(LAST_MINUTE_SURCHARGE, 0, "2208.00"),
                                line(TAX, 0, "993.60"), line(TAX, 0, "10.80")),
                        totals("13248.00", "1004.40", "14252.40", "0.00", "1324.80", "11923.20")),

                // KTEB→KPBI 901.7 nm, heavy jet: 117.62 → 118 + 15 = 133 min. Tuesday 22 Dec: Christmas peak.
                // BASE 8200 × 133/60 = 18,176.666… → 18,176.67; PEAK 15 % = 2,726.50; catering 8 × 45 = 360.00.
                // US-FET 7.5 % × (18,176.666… + 2,726.50) = 7.5 % × 20,903.166… = 1,567.7375 → 1,567.74;
                // US-SEGMENT 8 × 5.40 = 43.20 → taxes 1,610.94. Catering is not taxed.
                // subtotal 18,176.67 + 2,726.50 + 360.00 = 21,263.17; total 22,874.11;
                // platform 2,126.317 → 2,126.32; owner 19,136.85.
                new Itinerary("peak-season departure with catering",
                        trip(HEAVY, Leg.revenue(at("KTEB"), at("KPBI"), t("2026-12-22T11:00-05:00"), 8))
                                .with(SpecialService.CATERING),
                        List.of(leg("901.7", 133, "2.2167")),
                        List.of(line(BASE, 0, "18176.67"), line(PEAK_SEASON_SURCHARGE, 0, "2726.50"),
                                line(SERVICE, 0, "360.00"), line(TAX, 0, "1567.74"), line(TAX, 0, "43.20")),
                        totals("21263.17", "1610.94", "22874.11", "0.00", "2126.32", "19136.85")),

                // KTEB→KACK 182.7 nm, light jet: 26.42 → 27 + 12 = 39 min, under the 1.5 h (90 min) minimum.
                // BASE 3900 × 39/60 = 2,535.00; TOPUP (90 − 39) = 51 min = 0.85 h × 3900 = 3,315.00.
                // US-FET 7.5 % × (2,535 + 3,315) = 438.75; US-SEGMENT 2 × 5.40 = 10.80 → taxes 449.55.
                // total 6,299.55; platform 585.00; owner 5,265.00.
                new Itinerary("a day under the minimum billable hours",
                        trip(LIGHT, Leg.revenue(at("KTEB"), at("KACK"), t("2026-12-09T10:00-05:00"), 2)),
                        List.of(leg("182.7", 39, "1.5000")),
                        List.of(line(BASE, 0, "2535.00"), line(MINIMUM_BILLING_TOPUP, 0, "3315.00"),
                                line(TAX, 0, "438.75"), line(TAX, 0, "10.80")),
                        totals("5850.00", "449.55", "6299.55", "0.00", "585.00", "5265.00")),

                // KTEB→KORD 626.3 nm, midsize: 87.40 → 88 + 12 = 100 min. BASE 4800 × 100/60 = 8,000.00.
                // Utilization 75 % reaches the 70 % tier: DEMAND 8,000 × (1.10 − 1) = 800.00.
                // US-FET 7.5 % × 8,800 = 660.00; US-SEGMENT 3 × 5.40 = 16.20 → taxes 676.20.
                // total 9,476.20; platform 880.00; owner 7,920.00.
                new Itinerary("demand tier 1.10 at 75 % utilization",
                        trip(MIDSIZE, Leg.revenue(at("KTEB"), at("KORD"), t("2026-12-10T08:00-05:00"), 3))
                                .utilization("0.75"),
                        List.of(leg("626.3", 100, "1.6667")),
                        List.of(line(BASE, 0, "8000.00"), line(DEMAND, 0, "800.00"),
                                line(TAX, 0, "660.00"), line(TAX, 0, "16.20")),
                        totals("8800.00", "676.20", "9476.20", "0.00", "880.00", "7920.00")),

                // Same flight at 95 % utilization: the 90 % tier, DEMAND 8,000 × 0.25 = 2,000.00.
                // US-FET 7.5 % × 10,000 = 750.00; US-SEGMENT 16.20 → taxes 766.20; total 10,766.20;
                // platform 1,000.00; owner 9,000.00.
                new Itinerary("demand tier 1.25 at 95 % utilization",
                        trip(MIDSIZE, Leg.revenue(at("KTEB"), at("KORD"), t("2026-12-10T08:00-05:00"), 3))
                                .utilization("0.95"),
                        List.of(leg("626.3", 100, "1.6667")),
                        List.of(line(BASE, 0, "8000.00"), line(DEMAND, 0, "2000.00"),
                                line(TAX, 0, "750.00"), line(TAX, 0, "16.20")),
                        totals("10000.00", "766.20", "10766.20", "0.00", "1000.00", "9000.00")),

                // KMIA→KTEB 955.8 nm, super midsize: 127.44 → 128 + 15 = 143 min, matching a planned repositioning leg.
                // BASE 6200 × 143/60 = 14,776.666… → 14,776.67; EMPTY_LEG −50 % = −7,388.333… → −7,388.33.
                // Rounded lines add to 7,388.34 (one cent above half the base: each line is rounded on its own).
                // US-FET 7.5 % × 7,388.333… = 554.125 → 554.12 (half-even); US-SEGMENT 5 × 5.40 = 27.00 → 581.12.
                // total 7,969.46; platform 10 % × 7,388.34 = 738.834 → 738.83; owner 6,649.51.
                new Itinerary("empty-leg match",
                        trip(SUPER_MIDSIZE, Leg.emptyLegMatch(at("KMIA"), at("KTEB"), t("2026-12-09T14:00-05:00"), 5)),
                        List.of(leg("955.8", 143, "2.3833")),
                        List.of(line(BASE, 0, "14776.67"), line(EMPTY_LEG_DISCOUNT, 0, "-7388.33"),
                                line(TAX, 0, "554.12"), line(TAX, 0, "27.00")),
                        totals("7388.34", "581.12", "7969.46", "0.00", "738.83", "6649.51")),

                // KTEB→KMIA 955.8 nm, super midsize, 143 min; booked by an agent at 5 %.
                // BASE 14,776.67; US-FET 7.5 % × 14,776.666… = 1,108.25; US-SEGMENT 4 × 5.40 = 21.60 → 1,129.85.
                // total 15,906.52; commission 5 % × 14,776.67 = 738.8335 → 738.83;
                // platform 1,477.667 → 1,477.67; owner 14,776.67 − 738.83 − 1,477.67 = 12,560.17.
                new Itinerary("agent booking with commission",
                        trip(SUPER_MIDSIZE, Leg.revenue(at("KTEB"), at("KMIA"), t("2026-12-14T09:00-05:00"), 4))
                                .agent("5"),
                        List.of(leg("955.8", 143, "2.3833")),
                        List.of(line(BASE, 0, "14776.67"), line(TAX, 0, "1108.25"), line(TAX, 0, "21.60")),
                        totals("14776.67", "1129.85", "15906.52", "738.83", "1477.67", "12560.17")),

                // KSFO→KORD 1,600.4 nm: 196.77 → 197 + 20 = 217 min; KORD→KTEB 626.3 nm: 77.01 → 78 + 20 = 98 min;
                // same local date, 315 min ≥ 2.5 h. Ultra long range, 7 then 5 passengers, catering.
                // BASE 9800 × 217/60 = 35,443.333… → 35,443.33; 9800 × 98/60 = 16,006.666… → 16,006.67.
                // Catering 7 × 45 = 315.00, 5 × 45 = 225.00.
                // US-FET 7.5 % × 35,443.333… = 2,658.25; 7.5 % × 16,006.666… = 1,200.50.
                // US-SEGMENT 7 × 5.40 = 37.80; 5 × 5.40 = 27.00 → taxes 3,923.55.
                // subtotal 35,443.33 + 16,006.67 + 315 + 225 = 51,990.00; total 55,913.55;
                // platform 5,199.00; owner 46,791.00.
                new Itinerary("US domestic two-leg trip with both tax rules",
                        trip(ULTRA_LONG_RANGE,
                                Leg.revenue(at("KSFO"), at("KORD"), t("2026-12-15T08:00-08:00"), 7),
                                Leg.revenue(at("KORD"), at("KTEB"), t("2026-12-15T17:00-06:00"), 5))
                                .with(SpecialService.CATERING),
                        List.of(leg("1600.4", 217, "3.6167"), leg("626.3", 98, "1.6333")),
                        List.of(line(BASE, 0, "35443.33"), line(BASE, 1, "16006.67"),
                                line(SERVICE, 0, "315.00"), line(SERVICE, 1, "225.00"),
                                line(TAX, 0, "2658.25"), line(TAX, 0, "37.80"),
                                line(TAX, 1, "1200.50"), line(TAX, 1, "27.00")),
                        totals("51990.00", "3923.55", "55913.55", "0.00", "5199.00", "46791.00")),

                // KPBI→MYNN (Nassau) 173.0 nm and back the same day, turboprop: 37.07 → 38 + 10 = 48 min each;
                // 96 min ≥ 1 h minimum. BASE 1900 × 48/60 = 1,520.00 per leg. US→BS is international:
                // no US tax, customs handling 350.00 per leg. subtotal 3,740.00; platform 374.00; owner 3,366.00.
                new Itinerary("US to the Bahamas: international, no US tax",
                        trip(TURBOPROP,
                                Leg.revenue(at("KPBI"), at("MYNN"), t("2026-12-11T09:00-05:00"), 5),
                                Leg.revenue(at("MYNN"), at("KPBI"), t("2026-12-11T16:00-05:00"), 5))
                                .with(SpecialService.CUSTOMS_HANDLING),
                        List.of(leg("173.0", 48, "0.8000"), leg("173.0", 48, "0.8000")),
                        List.of(line(BASE, 0, "1520.00"), line(BASE, 1, "1520.00"),
                                line(SERVICE, 0, "350.00"), line(SERVICE, 1, "350.00")),
                        totals("3740.00", "0.00", "3740.00", "0.00", "374.00", "3366.00")),

                // EGGW→LSGG 423.3 nm, heavy jet: 55.21 → 56 + 15 = 71 min; minimum 2 h → 49 min top-up. In GBP at 0.79:
                // BASE 8200 × 71/60 = 9,703.333… USD × 0.79 = 7,665.633… → 7,665.63 GBP;
                // TOPUP 8200 × 49/60 = 6,696.666… USD × 0.79 = 5,290.366… → 5,290.37 GBP;
                // ground transport 250.00 USD → 197.50 GBP at EGGW and at LSGG.
                // subtotal 7,665.63 + 5,290.37 + 395.00 = 13,351.00; no tax; platform 1,335.10; owner 12,015.90.
                new Itinerary("short hop under the minimum, in GBP, with ground transport",
                        trip(HEAVY, Leg.revenue(at("EGGW"), at("LSGG"), t("2026-12-16T10:00Z"), 6))
                                .in("GBP").with(SpecialService.GROUND_TRANSPORT),
                        List.of(leg("423.3", 71, "2.0000")),
                        List.of(line(BASE, 0, "7665.63"), line(MINIMUM_BILLING_TOPUP, 0, "5290.37"),
                                line(SERVICE, 0, "197.50"), line(SERVICE, 0, "197.50")),
                        totals("13351.00", "0.00", "13351.00", "0.00", "1335.10", "12015.90")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itineraries")
    void pricesItinerariesAsComputedByHand(Itinerary itinerary) {
        PriceBreakdown priced = PRICER.price(itinerary.trip().request(), RULES);

        assertThat(priced.legs()).extracting(f -> f.distanceNm().toPlainString(), PriceBreakdown.LegFigures::flightMinutes,
                        f -> f.billableHours().toPlainString())
                .containsExactlyElementsOf(itinerary.legs().stream()
                        .map(l -> tuple(l.distanceNm(), l.flightMinutes(), l.billableHours()))
                        .toList());
        assertThat(priced.lines()).extracting(PriceLine::kind, PriceLine::legIndex, l -> l.amount().amount().toPlainString())
                .containsExactlyElementsOf(itinerary.lines().stream()
                        .map(l -> tuple(l.kind(), l.legIndex(), l.amount()))
                        .toList());
        Currency currency = itinerary.trip().request().currency();
        Totals expected = itinerary.totals();
        assertThat(priced.currency()).isEqualTo(currency);
        assertThat(priced.subtotal()).isEqualTo(money(expected.subtotal(), currency));
        assertThat(priced.taxes()).isEqualTo(money(expected.taxes(), currency));
        assertThat(priced.total()).isEqualTo(money(expected.total(), currency));
        assertThat(priced.commission()).isEqualTo(money(expected.commission(), currency));
        assertThat(priced.platformFee()).isEqualTo(money(expected.platformFee(), currency));
        assertThat(priced.ownerEarnings()).isEqualTo(money(expected.ownerEarnings(), currency));
    }

    @Test
    void describesEachLineSoAPersonCanFollowIt() {
        PriceBreakdown oneWay = PRICER.price(trip(SUPER_MIDSIZE,
                Leg.revenue(at("KTEB"), at("KVNY"), t("2026-12-08T10:00-05:00"), 6)).request(), RULES);
        assertThat(oneWay.lines()).extracting(PriceLine::description).containsExactly(
                "KTEB→KVNY 4.98 h × 6,200.00 USD",
                "US-FET US federal excise tax on air transportation 7.5% of 30,896.67 USD, KTEB→KVNY",
                "US-SEGMENT US domestic flight segment fee 6 pax × 5.40 USD, KTEB→KVNY");

        PriceBreakdown gbp = PRICER.price(trip(HEAVY, Leg.revenue(at("EGGW"), at("LSGG"), t("2026-12-16T10:00Z"), 6))
                .in("GBP").request(), RULES);
        assertThat(gbp.exchangeRate()).isEqualByComparingTo("0.79");
        assertThat(gbp.lines()).extracting(PriceLine::description).containsExactly(
                "EGGW→LSGG 1.18 h × 6,478.00 GBP",
                "Daily minimum 2.0 h on 2026-12-16: 0.82 h × 6,478.00 GBP");

        PriceBreakdown ferried = PRICER.price(trip(LIGHT,
                Leg.ferry(at("KTEB"), at("KBOS"), t("2026-12-12T07:00-05:00")),
                Leg.revenue(at("KBOS"), at("KPBI"), t("2026-12-12T09:00-05:00"), 4)).utilization("0.75").request(), RULES);
        assertThat(ferried.lines()).extracting(PriceLine::description).startsWith(
                "Positioning KTEB→KBOS 0.60 h × 2,925.00 USD (75% of the hourly rate)",
                "Demand ×1.10 at 75% fleet utilization, KTEB→KBOS",
                "KBOS→KPBI 2.72 h × 3,900.00 USD",
                "Demand ×1.10 at 75% fleet utilization, KBOS→KPBI",
                "Weekend departure (Saturday) +10%, KBOS→KPBI");
    }

    /**
     * A ferry leg pays demand and last-minute, not weekend, peak or the daily minimum; it is taxed
     * as a domestic leg. Light jet, Saturday 19 Dec (weekend and peak), quoted 24 h before, 75 % utilization.
     * Ferry KTEB→KBOS 36 min: FERRY 2,925 × 0.6 = 1,755.00; DEMAND 10 % = 175.50; LAST_MINUTE 20 % = 351.00.
     * US-FET 7.5 % × (1,755 + 175.50 + 351) = 7.5 % × 2,281.50 = 171.1125 → 171.11.
     */
    @Test
    void aFerryLegPaysDemandAndLastMinuteButNoCalendarSurchargesOrMinimum() {
        PriceBreakdown priced = PRICER.price(trip(LIGHT,
                Leg.ferry(at("KTEB"), at("KBOS"), t("2026-12-19T07:00-05:00")),
                Leg.revenue(at("KBOS"), at("KPBI"), t("2026-12-20T09:00-05:00"), 4))
                .quotedAt("2026-12-18T12:00:00Z").utilization("0.75").request(), RULES);

        assertThat(priced.lines()).filteredOn(l -> Integer.valueOf(0).equals(l.legIndex()))
                .extracting(PriceLine::kind, l -> l.amount().amount().toPlainString())
                .containsExactly(
                        tuple(FERRY, "1755.00"),
                        tuple(DEMAND, "175.50"),
                        tuple(LAST_MINUTE_SURCHARGE, "351.00"),
                        tuple(TAX, "171.11"));
    }

    /** Fleet utilization at and just under each tier's threshold; midsize KTEB→KORD, base 8,000.00. */
    @ParameterizedTest(name = "utilization {0} → demand line {1}")
    @CsvSource({"0, none", "0.6999, none", "0.70, 800.00", "0.8999, 800.00", "0.90, 2000.00", "1, 2000.00"})
    void appliesTheHighestDemandTierReached(String utilization, String demand) {
        PriceBreakdown priced = PRICER.price(trip(MIDSIZE,
                Leg.revenue(at("KTEB"), at("KORD"), t("2026-12-10T08:00-05:00"), 3)).utilization(utilization).request(), RULES);

        assertThat(amountsOf(priced, DEMAND)).isEqualTo(demand.equals("none") ? List.of() : List.of(demand));
    }

    /** Judged on the local date in the offset the client gave, not in UTC. */
    @ParameterizedTest(name = "{0} → weekend: {1}")
    @CsvSource({
            "2026-12-11T23:30-05:00, false",   // Friday in New York, already Saturday in UTC
            "2026-12-12T00:30+01:00, true",    // Saturday in Paris, still Friday in UTC
            "2026-12-13T23:30-05:00, true",    // Sunday in New York, Monday in UTC
            "2026-12-14T00:30+01:00, false"})  // Monday in Paris, Sunday in UTC
    void weekendFollowsTheDepartureLocalDate(String departure, boolean weekend) {
        PriceBreakdown priced = PRICER.price(trip(MIDSIZE,
                Leg.revenue(at("KTEB"), at("KORD"), t(departure), 3)).request(), RULES);

        // 10 % of the 8,000.00 base
        assertThat(amountsOf(priced, WEEKEND_SURCHARGE)).isEqualTo(weekend ? List.of("800.00") : List.of());
    }

    /** Christmas and New Year 2026/27 runs 2026-12-18..2027-01-03, both days included. */
    @ParameterizedTest(name = "{0} → peak: {1}")
    @CsvSource({"2026-12-17T08:00-05:00, false", "2026-12-18T08:00-05:00, true",
            "2027-01-03T23:00-05:00, true", "2027-01-04T08:00-05:00, false"})
    void peakSeasonIncludesBothEnds(String departure, boolean peak) {
        PriceBreakdown priced = PRICER.price(trip(MIDSIZE,
                Leg.revenue(at("KTEB"), at("KORD"), t(departure), 3)).request(), RULES);

        // 15 % of the 8,000.00 base
        assertThat(amountsOf(priced, PEAK_SEASON_SURCHARGE)).isEqualTo(peak ? List.of("1200.00") : List.of());
    }

    /** Last-minute means strictly less than 48 h between quote and departure. */
    @ParameterizedTest(name = "quoted {0} → last-minute: {1}")
    @CsvSource({"2026-12-08T13:00:00Z, false", "2026-12-08T13:00:01Z, true", "2026-12-10T12:59:59Z, true"})
    void lastMinuteIsUnderFortyEightHours(String quotedAt, boolean lastMinute) {
        PriceBreakdown priced = PRICER.price(trip(MIDSIZE,
                Leg.revenue(at("KTEB"), at("KORD"), t("2026-12-10T08:00-05:00"), 3)).quotedAt(quotedAt).request(), RULES);

        // 20 % of the 8,000.00 base
        assertThat(amountsOf(priced, LAST_MINUTE_SURCHARGE)).isEqualTo(lastMinute ? List.of("1600.00") : List.of());
    }

    /**
     * Two short legs on one local date count together against the minimum, and the top-up goes on
     * the day's first leg (and is taxed with it). Light jet KTEB→KACK 39 min, KACK→KTEB 39 min: 78 min,
     * 12 min short of 90: 0.2 h × 3,900 = 780.00 on leg 0. A third leg the next day stands alone: 51 min short.
     */
    @Test
    void theDailyMinimumCountsAllRevenueLegsOfTheLocalDate() {
        PriceBreakdown priced = PRICER.price(trip(LIGHT,
                Leg.revenue(at("KTEB"), at("KACK"), t("2026-12-09T10:00-05:00"), 2),
                Leg.revenue(at("KACK"), at("KTEB"), t("2026-12-09T16:00-05:00"), 2),
                Leg.revenue(at("KTEB"), at("KACK"), t("2026-12-10T10:00-05:00"), 2)).request(), RULES);

        assertThat(priced.lines()).filteredOn(l -> l.kind() == MINIMUM_BILLING_TOPUP)
                .extracting(PriceLine::legIndex, l -> l.amount().amount().toPlainString())
                .containsExactly(tuple(0, "780.00"),
                        tuple(2, "3315.00"));
        assertThat(priced.legs()).extracting(f -> f.billableHours().toPlainString())
                .containsExactly("0.8500", "0.6500", "1.5000");
    }

    // --- fixtures ---

    private static List<String> amountsOf(PriceBreakdown priced, PriceLineKind kind) {
        return priced.lines().stream().filter(l -> l.kind() == kind).map(l -> l.amount().amount().toPlainString()).toList();
    }

    static Airport at(String icao) {
        return AIRPORTS.find(new IcaoCode(icao)).orElseThrow();
    }

    static OffsetDateTime t(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime);
    }

    static Aircraft aircraft(AircraftCategory category, String hourlyRateUsd, int cruiseSpeedKt) {
        return new Aircraft(category, Money.of(hourlyRateUsd, "USD"), cruiseSpeedKt);
    }

    static Trip trip(Aircraft aircraft, Leg... legs) {
        return new Trip(aircraft, List.of(legs), Set.of(), "2026-11-20T12:00:00Z", "USD", "0.50", null);
    }

    private static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** A request with the defaults of these tests, changed one aspect at a time. */
    record Trip(Aircraft aircraft, List<Leg> legs, Set<SpecialService> services, String quotedAt, String currency,
                String utilization, String agentPercent) {
        Trip in(String code) {
            return new Trip(aircraft, legs, services, quotedAt, code, utilization, agentPercent);
        }

        Trip with(SpecialService... requested) {
            return new Trip(aircraft, legs, Set.of(requested), quotedAt, currency, utilization, agentPercent);
        }

        Trip quotedAt(String instant) {
            return new Trip(aircraft, legs, services, instant, currency, utilization, agentPercent);
        }

        Trip utilization(String fraction) {
            return new Trip(aircraft, legs, services, quotedAt, currency, fraction, agentPercent);
        }

        Trip agent(String percent) {
            return new Trip(aircraft, legs, services, quotedAt, currency, utilization, percent);
        }

        PricingRequest request() {
            return new PricingRequest(aircraft, legs, services, Instant.parse(quotedAt), Currency.getInstance(currency),
                    new BigDecimal(utilization), agentPercent == null ? null : new BigDecimal(agentPercent));
        }
    }

    record ExpectedLeg(String distanceNm, int flightMinutes, String billableHours) {
    }

    record ExpectedLine(PriceLineKind kind, Integer legIndex, String amount) {
    }

    record Totals(String subtotal, String taxes, String total, String commission, String platformFee,
                  String ownerEarnings) {
    }

    record Itinerary(String name, Trip trip, List<ExpectedLeg> legs, List<ExpectedLine> lines, Totals totals) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ExpectedLeg leg(String distanceNm, int flightMinutes, String billableHours) {
        return new ExpectedLeg(distanceNm, flightMinutes, billableHours);
    }

    private static ExpectedLine line(PriceLineKind kind, Integer legIndex, String amount) {
        return new ExpectedLine(kind, legIndex, amount);
    }

    private static Totals totals(String subtotal, String taxes, String total, String commission, String platformFee,
                                 String ownerEarnings) {
        return new Totals(subtotal, taxes, total, commission, platformFee, ownerEarnings);
    }
}
