package com.jetops.query.reference;

import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import com.jetops.api.reference.Airport;
import com.jetops.api.reference.Airports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The airport reference data the apps plan and price with, for clients that draw or pick
 * airports (the web console's fleet map and quote form). Public-domain data, no events behind it.
 */
@RestController
@Tag(name = "Reference data", description = "Airports known to planning and pricing")
class AirportController {
    /** Enough for any one screen; the whole list is about 5,000 airports. */
    static final int MAX_CODES = 500;

    private final Airports airports;

    AirportController(Airports airports) {
        this.airports = airports;
    }

    record AirportView(String icao, String iata, String name, String city, String country, double latitude,
                       double longitude) {
        static AirportView of(Airport airport) {
            return new AirportView(airport.icao().value(), airport.iata(), airport.name(), airport.municipality(),
                    airport.country(), airport.latitude(), airport.longitude());
        }
    }

    @GetMapping("/airports")
    @Operation(summary = "Airports with ICAO and IATA codes, name, city, country and coordinates: the ones named in "
            + "codes (comma-separated ICAO codes, at most 500; unknown ones are left out), or all of them")
    List<AirportView> airports(@RequestParam(required = false) String codes) {
        if (codes == null || codes.isBlank()) {
            return airports.all().stream().map(AirportView::of)
                    .sorted(Comparator.comparing(AirportView::icao)).toList();
        }
        List<String> wanted = Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .distinct().toList();
        Require.that(wanted, list -> list.size() <= MAX_CODES, "codes", "at most " + MAX_CODES + " codes");
        return wanted.stream()
                .map(code -> Require.parsed("codes", () -> new IcaoCode(code)))
                .map(airports::find).flatMap(Optional::stream).map(AirportView::of).toList();
    }
}
