package com.jetops.command.booking;

import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.booking.RequestQuoteCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.command.infra.EventClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Answers a quote request: prices it, stores the quote and schedules its expiry, and returns
 * the issued quote so the client sees the breakdown at once.
 */
@Component
class QuoteDesk {
    private final QuotePlanner planner;
    private final BookingCatalog catalog;
    private final Repository<Quote> quotes;
    private final DeadlineManager deadlines;

    QuoteDesk(QuotePlanner planner, BookingCatalog catalog, Repository<Quote> quotes, DeadlineManager deadlines) {
        this.planner = planner;
        this.catalog = catalog;
        this.quotes = quotes;
        this.deadlines = deadlines;
    }

    @CommandHandler
    QuoteIssuedEvent handle(RequestQuoteCommand command) throws Exception {
        Require.present(command.quoteId(), "quoteId");
        if (!catalog.clientMayBook(Require.present(command.clientId(), "clientId"))) {
            throw new RuleViolationException(ErrorCode.CLIENT_NOT_FOUND, "clientId",
                    "No active client " + command.clientId());
        }
        if (command.agentId() != null) {
            Require.text(command.agentId(), "agentId", 100);
        }
        QuoteIssuedEvent quote = planner.quote(command, EventClock.now());
        quotes.newInstance(() -> new Quote(quote));
        deadlines.schedule(quote.validUntil(), Quote.EXPIRY, null,
                new AggregateScopeDescriptor(Quote.class.getSimpleName(), quote.quoteId().value()));
        return quote;
    }
}
