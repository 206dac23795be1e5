package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.TailNumber;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * Claims live in {@code aircraft_tail_number} (which also answers whether an aircraft exists), written through the same EntityManager (and so
 * the same transaction) as Axon's event append. {@code ON CONFLICT DO NOTHING} makes a racing
 * second claim wait for the first transaction and then see it: exactly one wins.
 */
@Component
class PostgresTailNumberClaims implements TailNumberClaims, KnownAircraft {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public boolean claim(TailNumber tailNumber, AircraftId aircraftId) {
        int inserted = entityManager.createNativeQuery("""
                        insert into aircraft_tail_number (tail_number, aircraft_id) values (?1, ?2)
                        on conflict (tail_number) do nothing""")
                .setParameter(1, tailNumber.value())
                .setParameter(2, aircraftId.value())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public boolean exists(AircraftId aircraftId) {
        return !entityManager.createNativeQuery("select 1 from aircraft_tail_number where aircraft_id = ?1")
                .setParameter(1, aircraftId.value())
                .getResultList().isEmpty();
    }
}
