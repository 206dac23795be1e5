package com.jetops.api.client;

/**
 * Clients whose name, company or e-mail contains {@code text} (any case), of a tier, open or
 * closed, of a kind; sorted by {@code sort} (NAME, REGISTERED_AT, VIP_STATUS), newest or Z first when descending.
 */
public record ListClientsQuery(String text, VipStatus vipStatus, Boolean active, ClientKind kind, Sort sort,
                               boolean descending, java.util.Set<String> onlyClientIds, int page, int size) {
    public enum Sort { NAME, REGISTERED_AT, VIP_STATUS }

    public ListClientsQuery(String text, VipStatus vipStatus, Boolean active, ClientKind kind, Sort sort,
                            boolean descending, int page, int size) {
        this(text, vipStatus, active, kind, sort, descending, null, page, size);
    }
}
