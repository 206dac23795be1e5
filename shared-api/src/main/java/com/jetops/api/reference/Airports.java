package com.jetops.api.reference;

import com.jetops.api.common.IcaoCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The airport reference data both sides use: medium and large airports from OurAirports
 * (public domain), shipped as {@code airports.csv} next to this class. Immutable once loaded.
 */
public final class Airports {
    private final Map<String, Airport> byIcao;

    private Airports(Map<String, Airport> byIcao) {
        this.byIcao = Collections.unmodifiableMap(byIcao);
    }

    /** Loads the bundled OurAirports extract. */
    public static Airports bundled() {
        try (InputStream in = Airports.class.getResourceAsStream("airports.csv")) {
            if (in == null) {
                throw new IllegalStateException("airports.csv is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Airports parse(BufferedReader reader) throws IOException {
        Map<String, Airport> airports = new LinkedHashMap<>();
        String header = reader.readLine();
        if (header == null || !header.startsWith("icao,iata,name")) {
            throw new IllegalStateException("unexpected airports.csv header: " + header);
        }
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsv(line);
            Airport airport = new Airport(
                    new IcaoCode(f.get(0)),
                    f.get(1).isEmpty() ? null : f.get(1),
                    f.get(2),
                    f.get(3),
                    f.get(4),
                    Double.parseDouble(f.get(6)),
                    Double.parseDouble(f.get(7)),
                    f.get(8).isEmpty() ? null : Integer.valueOf(f.get(8)));
            airports.put(airport.icao().value(), airport);
        }
        return new Airports(airports);
    }

    /** RFC 4180 fields: quoted fields may hold commas and doubled quotes. */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    public Optional<Airport> find(IcaoCode icao) {
        return Optional.ofNullable(byIcao.get(icao.value()));
    }

    public boolean contains(IcaoCode icao) {
        return byIcao.containsKey(icao.value());
    }

    public Collection<Airport> all() {
        return byIcao.values();
    }

    public int size() {
        return byIcao.size();
    }
}
