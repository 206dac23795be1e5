package com.jetops.api.client;

/** A private person, or a company whose staff fly on its account. */
public enum ClientKind {
    INDIVIDUAL,
    CORPORATE
}
