package com.jetops.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic request bodies: real aircraft types and airports, as bin/demo-data loads them. */
final class Fixtures {
    /** maker, model, ICAO type, category, seats, range nm, cruise kt, hourly rate USD */
    private static final String[][] TYPES = {
            {"Gulfstream", "G650ER", "GLF6", "ULTRA_LONG_RANGE_JET", "14", "7500", "488", "11800.00"},
            {"Bombardier", "Global 7500", "GL7T", "ULTRA_LONG_RANGE_JET", "17", "7700", "488", "12500.00"},
            {"Gulfstream", "G550", "GLF5", "HEAVY_JET", "14", "6750", "476", "8900.00"},
            {"Dassault", "Falcon 8X", "FA8X", "HEAVY_JET", "14", "6450", "460", "9500.00"},
            {"Bombardier", "Challenger 350", "CL35", "SUPER_MIDSIZE_JET", "10", "3200", "470", "6200.00"},
            {"Cessna", "Citation Longitude", "C700", "SUPER_MIDSIZE_JET", "12", "3500", "476", "6400.00"},
            {"Cessna", "Citation Latitude", "C68A", "MIDSIZE_JET", "9", "2700", "446", "4800.00"},
            {"Embraer", "Phenom 300E", "E55P", "LIGHT_JET", "8", "2010", "453", "3900.00"},
            {"Pilatus", "PC-24", "PC24", "LIGHT_JET", "8", "2000", "440", "3600.00"},
    };
    static final List<String> AIRPORTS = List.of("KTEB", "KVNY", "KOPF", "KPBI", "KDAL", "KBED", "KASE", "KHPN",
            "KAPA", "KTRK", "KLAS", "KSNA", "KMDW", "KIAD", "KBOS", "KSFO", "KSEA", "KAUS", "KMIA", "KATL");

    private Fixtures() {
    }

    static String typeOf(int index) {
        return TYPES[index % TYPES.length][2];
    }

    static Map<String, Object> aircraft(String tailNumber, int index) {
        String[] type = TYPES[index % TYPES.length];
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tailNumber", tailNumber);
        body.put("manufacturer", type[0]);
        body.put("model", type[1]);
        body.put("typeDesignator", type[2]);
        body.put("category", type[3]);
        body.put("yearOfManufacture", 2012 + index % 12);
        body.put("seatingCapacity", Integer.parseInt(type[4]));
        body.put("rangeNm", Integer.parseInt(type[5]));
        body.put("cruiseSpeedKt", Integer.parseInt(type[6]));
        body.put("hourlyRate", Map.of("amount", type[7], "currency", "USD"));
        body.put("baseAirport", AIRPORTS.get(index % AIRPORTS.size()));
        body.put("amenities", List.of("wifi", "galley"));
        return body;
    }

    /** A leg flown {@code legNumber} × 2 h after {@code origin}: 95 min block, 80 airborne. */
    static Map<String, Object> flightLeg(Instant origin, long legNumber, int index) {
        Instant blockOff = origin.plus(legNumber * 120, ChronoUnit.MINUTES);
        return Map.of("from", AIRPORTS.get((int) ((index + legNumber) % AIRPORTS.size())),
                "to", AIRPORTS.get((int) ((index + legNumber + 1) % AIRPORTS.size())),
                "blockOff", blockOff.toString(), "blockOn", blockOff.plus(95, ChronoUnit.MINUTES).toString(),
                "airborneMinutes", 80, "cycles", 1);
    }

    /** An owner's blackout: the {@code number}-th day after {@code origin}, 6 hours. */
    static Map<String, Object> blackout(Instant origin, long number) {
        Instant start = origin.plus(number, ChronoUnit.DAYS);
        return Map.of("start", start.toString(), "end", start.plus(6, ChronoUnit.HOURS).toString(),
                "reason", "Owner use");
    }

    static Map<String, Object> crewMember(int index, String position) {
        return Map.of("employeeId", "B-" + (100_000 + index),
                "name", "Crew " + index + " Benchmark",
                "position", position,
                "baseAirport", AIRPORTS.get(index % AIRPORTS.size()),
                "contact", Map.of("phone", "+1 212 555 " + (1000 + index % 9000),
                        "emergencyContactName", "Next of kin " + index,
                        "emergencyContactPhone", "+1 212 555 " + (2000 + index % 8000)));
    }

    static Map<String, Object> client(int index) {
        return Map.of("kind", "INDIVIDUAL",
                "contact", Map.of("name", "Client " + index + " Benchmark"),
                "email", "client" + index + "@bench.example",
                "phone", "+1 305 555 " + (1000 + index % 9000),
                "billingAddress", Map.of("line1", index + " Ocean Drive", "city", "Miami", "postalCode", "33139",
                        "country", "US"),
                "emergencyContacts", List.of());
    }

    static Map<String, Object> quote(String clientId, String from, String to, Instant departure, int passengers) {
        return Map.of("clientId", clientId, "services", List.of("CATERING"),
                "legs", List.of(Map.of("from", from, "to", to, "departure", departure.toString(),
                        "passengers", passengers)));
    }

    static Map<String, Object> booking(String quoteId, int passengers) {
        List<Map<String, Object>> manifest = new ArrayList<>();
        for (int i = 1; i <= passengers; i++) {
            manifest.add(Map.of("name", "Guest " + i, "dateOfBirth", "198" + i + "-0" + i + "-1" + i,
                    "nationality", "US", "passportNumber", "X5550" + i + i + i));
        }
        return Map.of("quoteId", quoteId, "passengers", manifest);
    }
}
