package com.jetops.command.billing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

import java.time.Year;

/** Year of issue and a database sequence, taken in the issuing transaction. */
@Component
class PostgresInvoiceNumbers implements InvoiceNumbers {
    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String next(Year year) {
        Number next = (Number) entityManager.createNativeQuery("select nextval('invoice_number_seq')").getSingleResult();
        return "JET-%d-%06d".formatted(year.getValue(), next.longValue());
    }
}
