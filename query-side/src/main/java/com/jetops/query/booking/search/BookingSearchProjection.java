package com.jetops.query.booking.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingInvoicedEvent;
import com.jetops.api.booking.BookingPaidEvent;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.BookingStatus;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.Passenger;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.reference.Airports;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import com.jetops.query.search.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code bookings} search index: status, route airports by ICAO, IATA and city, aircraft,
 * client and agent, first departure and total. Passenger names are not indexed: who may search
 * for them is the security work's to decide.
 */
@Component
@ProcessingGroup(BookingSearchProjection.PROCESSING_GROUP)
public class BookingSearchProjection {
    /** The mapping version names index and processing group: a new mapping rebuilds from the first event. */
    static final int MAPPING_VERSION = 2;
    static final String PROCESSING_GROUP = "bookings-search-v" + MAPPING_VERSION;

    private final SearchIndex index;
    private final VersionedDocuments documents;
    private final Airports airports;

    BookingSearchProjection(ElasticsearchClient client, SearchIndexes indexes, Airports airports) {
        this.index = indexes.register("bookings", MAPPING_VERSION, PROCESSING_GROUP);
        this.documents = new VersionedDocuments(client, index);
        this.airports = airports;
    }

    @EventHandler
    void on(BookingRequestedEvent event, @SequenceNumber long sequence) throws IOException {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("type", "booking");
        document.put("bookingId", event.bookingId().value());
        document.put("status", BookingStatus.REQUESTED.name());
        document.put("clientId", event.clientId().value());
        document.put("agentId", event.agentId());
        passengers(document, event.passengers());
        plan(document, event.option());
        documents.create(event.bookingId().value(), document, sequence);
    }

    @EventHandler
    void on(BookingChangedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.bookingId().value(), sequence, document -> {
            plan(document, event.option());
            passengers(document, event.passengers());
        });
    }

    @EventHandler
    void on(BookingConfirmedEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.bookingId().value(), sequence, BookingStatus.CONFIRMED);
    }

    @EventHandler
    void on(BookingRejectedEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.bookingId().value(), sequence, BookingStatus.REJECTED);
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.bookingId().value(), sequence, BookingStatus.CANCELLED);
    }

    @EventHandler
    void on(LegDepartedEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.bookingId().value(), sequence, BookingStatus.IN_PROGRESS);
    }

    @EventHandler
    void on(BookingCompletedEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.bookingId().value(), sequence, BookingStatus.COMPLETED);
    }

    @EventHandler
    void on(BookingInvoicedEvent event, @SequenceNumber long sequence) throws IOException {
        // A cancellation fee is invoiced too; the booking stays CANCELLED.
        documents.update(event.bookingId().value(), sequence, document -> {
            if (BookingStatus.COMPLETED.name().equals(document.path("status").asText())) {
                document.put("status", BookingStatus.INVOICED.name());
            }
        });
    }

    @EventHandler
    void on(BookingPaidEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.bookingId().value(), sequence, BookingStatus.PAID);
    }

    /**
     * The client's passengers' names go from all their bookings. This is a client's event, not the
     * bookings': each document is rewritten at its own version (the names are all a replay would
     * index from the erased events too).
     */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event) throws IOException {
        documents.rewriteWhere("clientId", event.clientId().value(), document -> {
            ArrayNode names = document.putArray("passengerNames");
            for (int i = 0; i < document.path("passengers").asInt(); i++) {
                names.add(PersonalDataCodec.ERASED_TEXT);
            }
        });
    }

    @ResetHandler
    void reset() {
        index.beginRebuild();
    }

    private void status(String bookingId, long sequence, BookingStatus status) throws IOException {
        documents.update(bookingId, sequence, document -> document.put("status", status.name()));
    }

    /** The count, and the names: searchable only by the roles that may see a manifest (SearchController). */
    private static void passengers(ObjectNode document, List<Passenger> passengers) {
        document.put("passengers", passengers.size());
        ArrayNode names = document.putArray("passengerNames");
        passengers.forEach(passenger -> names.add(passenger.name()));
    }

    private void plan(ObjectNode document, QuoteOption option) {
        document.put("aircraftId", option.aircraftId().value());
        document.put("tailNumber", option.tailNumber());
        document.put("typeDesignator", option.typeDesignator());
        Set<String> icao = new LinkedHashSet<>();
        option.legs().stream().filter(leg -> !leg.positioning()).forEach(leg -> {
            icao.add(leg.from().value());
            icao.add(leg.to().value());
        });
        ArrayNode codes = document.putArray("airports");
        ArrayNode iatas = document.putArray("airportIatas");
        ArrayNode cities = document.putArray("airportCities");
        for (String code : icao) {
            codes.add(code);
            airports.find(new IcaoCode(code)).ifPresent(airport -> {
                if (airport.iata() != null) {
                    iatas.add(airport.iata());
                }
                if (airport.municipality() != null) {
                    cities.add(airport.municipality());
                }
            });
        }
        document.put("route", String.join(" → ", icao));
        PlannedLeg first = option.legs().stream().filter(leg -> !leg.positioning()).findFirst().orElseThrow();
        document.put("firstDeparture", first.departure().toString());
        document.putObject("total").put("amount", option.price().total().amount().doubleValue())
                .put("currency", option.price().total().currency().getCurrencyCode());
    }
}
