package com.jetops.platform.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.sql.SQLException;

/** Whether a failure means a backing service (PostgreSQL, Elasticsearch) could not be reached. */
public final class BackingServices {
    private BackingServices() {
    }

    /**
     * True when the failure, or anything it was caused by, is a lost or refused connection: a
     * socket error, I/O with a service (but not malformed JSON), or PostgreSQL reporting a lost
     * connection (SQLState 08…) or a shutdown or start-up in progress (57P01–57P03).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof CannotCreateTransactionException || current instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (current instanceof IOException && !(current instanceof com.fasterxml.jackson.core.JacksonException)) {
                return true;
            }
            if (current instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }
}
