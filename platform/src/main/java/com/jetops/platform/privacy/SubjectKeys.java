package com.jetops.platform.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One AES-256 key per data subject, in {@code privacy_subject_key} beside (not in) the event
 * store. Erasing a client nulls its key and its bookings' keys: their personal data can never be
 * read again, wherever the events were copied. Keys are cached (replays read millions of events);
 * an erasure clears the cache of the instance that runs it, and the other app clears its own when
 * the erasure event reaches it ({@link #forgetCached()}).
 */
public class SubjectKeys {
    private final Supplier<JdbcTemplate> jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Optional<SecretKey>> cache = new ConcurrentHashMap<>();

    public SubjectKeys(Supplier<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subject's key, created on first use; {@code owner} links a booking's key to its client.
     * Empty when the subject was erased: its new personal values are not written at all.
     */
    Optional<SecretKey> keyFor(String subject, String owner) {
        Optional<SecretKey> cached = cache.get(subject);
        if (cached != null && cached.isPresent()) {
            return cached;
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.get().update("insert into public.privacy_subject_key (subject_id, owner_id, key, created_at) "
                + "values (?, ?, ?, now()) on conflict (subject_id) do nothing", subject, owner, fresh);
        Optional<SecretKey> key = load(subject);
        cache.put(subject, key);
        return key;
    }

    /** The subject's key, or empty when it was erased (or never existed). */
    Optional<SecretKey> find(String subject) {
        return cache.computeIfAbsent(subject, this::load);
    }

    /** Destroys the keys of a client and of everything it owns (its bookings); answers the subjects erased. */
    public List<String> erase(String clientId) {
        List<String> erased = jdbc.get().queryForList("""
                        update public.privacy_subject_key set key = null, erased_at = coalesce(erased_at, now())
                         where subject_id = ? or owner_id = ? returning subject_id""", String.class, clientId, clientId);
        forgetCached();
        return erased;
    }

    /** Drops every cached key, so the next read asks the table (after an erasure elsewhere). */
    public void forgetCached() {
        cache.clear();
    }

    private Optional<SecretKey> load(String subject) {
        List<byte[]> keys = jdbc.get().query("select key from public.privacy_subject_key where subject_id = ?",
                (row, i) -> row.getBytes(1), subject);
        return keys.isEmpty() || keys.get(0) == null ? Optional.empty()
                : Optional.of(new SecretKeySpec(keys.get(0), "AES"));
    }
}
