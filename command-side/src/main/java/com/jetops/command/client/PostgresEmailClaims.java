package com.jetops.command.client;

import com.jetops.api.client.ClientId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/** Claims in {@code client_email}, through the EntityManager of Axon's unit of work (see PostgresTailNumberClaims). */
@Component
class PostgresEmailClaims implements EmailClaims {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public boolean claim(String email, ClientId clientId) {
        entityManager.createNativeQuery("""
                        insert into client_email (email, client_id) values (?1, ?2)
                        on conflict (email) do nothing""")
                .setParameter(1, email)
                .setParameter(2, clientId.value())
                .executeUpdate();
        Object holder = entityManager.createNativeQuery("select client_id from client_email where email = ?1")
                .setParameter(1, email)
                .getSingleResult();
        return clientId.value().equals(holder);
    }

    @Override
    public void release(String email, ClientId clientId) {
        entityManager.createNativeQuery("delete from client_email where email = ?1 and client_id = ?2")
                .setParameter(1, email)
                .setParameter(2, clientId.value())
                .executeUpdate();
    }
}
