package com.jetops.command.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.PricingRulesPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pricing rules quotes use: the latest published version, or the built-in defaults as
 * version 0 until the operator publishes any. Kept in a table from the events so every instance
 * of the command side prices with the same version.
 */
@Component
@ProcessingGroup("booking-catalog")
public class CurrentPricingRules {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AtomicReference<Versioned> cached = new AtomicReference<>(new Versioned(0, PricingRules.defaults()));

    public record Versioned(long version, PricingRules rules) {
    }

    CurrentPricingRules(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Versioned current() {
        List<Long> latest = jdbc.queryForList("select max(version) from pricing_rules_version", Long.class);
        Long version = latest.isEmpty() ? null : latest.get(0);
        Versioned known = cached.get();
        if (version == null || version == known.version()) {
            return known;
        }
        String rules = jdbc.queryForObject("select rules from pricing_rules_version where version = ?", String.class,
                version);
        try {
            Versioned loaded = new Versioned(version, json.readValue(rules, PricingRules.class));
            cached.set(loaded);
            return loaded;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pricing rules version " + version + " cannot be read", e);
        }
    }

    /** The rules of a past version (0: the built-in defaults), to explain an old quote. */
    public PricingRules version(long version) {
        if (version == 0) {
            return PricingRules.defaults();
        }
        String rules = jdbc.queryForObject("select rules from pricing_rules_version where version = ?", String.class,
                version);
        try {
            return json.readValue(rules, PricingRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pricing rules version " + version + " cannot be read", e);
        }
    }

    @EventHandler
    void on(PricingRulesPublishedEvent event) throws JsonProcessingException {
        jdbc.update("insert into pricing_rules_version (version, rules, published_at) values (?, ?, ?) "
                        + "on conflict (version) do nothing", event.version(), json.writeValueAsString(event.rules()),
                Timestamp.from(event.publishedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from pricing_rules_version");
    }
}
