package com.jetops.command.billing;

import java.time.Year;

/** Hands out invoice numbers: unique, increasing, "JET-2026-000042". */
public interface InvoiceNumbers {
    String next(Year year);
}
