package com.jetops.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.privacy.DataSubject;
import com.jetops.api.privacy.DataSubjectOwner;
import com.jetops.api.privacy.PersonalData;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seals the {@link PersonalData} values of an event's JSON with its subject's key and reveals
 * them again. A sealed value is {@code {"$personal": "v1:<subject>:<base64 iv|ciphertext>",
 * "$erased": <placeholder>}}: AES-256-GCM with the subject as associated data, and what the value
 * reads as once the subject's key is destroyed ("[erased]" for text, null or empty otherwise,
 * so the event still deserializes and every aggregate and projection still loads).
 */
public class PersonalDataCodec {
    static final String SEALED = "$personal";
    static final String ERASED = "$erased";
    public static final String ERASED_TEXT = "[erased]";
    private static final String VERSION = "v1";

    /** Where an event class keeps personal values, and whose they are. */
    record Layout(String subjectField, String ownerField, List<Path> paths) {
        boolean isEmpty() {
            return paths.isEmpty();
        }
    }

    /** A JSON path to a personal value ("*" walks every element of an array) and its placeholder. */
    record Path(List<String> steps, JsonNode placeholder) {
    }

    private final SubjectKeys keys;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private final Map<Class<?>, Layout> layouts = new ConcurrentHashMap<>();

    public PersonalDataCodec(SubjectKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** After an erasure elsewhere: the next read of a key asks the key table again. */
    public void forgetCachedKeys() {
        keys.forgetCached();
    }

    boolean hasPersonalData(Class<?> type) {
        return !layout(type).isEmpty();
    }

    /** Encrypts the personal values of {@code tree}, an event of {@code type}, in place. */
    void seal(Class<?> type, ObjectNode tree) {
        Layout layout = layout(type);
        if (layout.isEmpty()) {
            return;
        }
        String subject = tree.path(layout.subjectField()).asText(null);
        if (subject == null) {
            throw new IllegalStateException(type.getSimpleName() + " carries personal data but no subject");
        }
        String owner = layout.ownerField() == null ? null : tree.path(layout.ownerField()).asText(null);
        Optional<SecretKey> key = keys.keyFor(subject, owner);
        for (Path path : layout.paths()) {
            // An erased subject's new personal values are dropped, not sealed: there is no key to seal with.
            sealAt(tree, path.steps(), 0, value -> key.isEmpty() ? erasedValue(value, path.placeholder())
                    : sealed(value, subject, key.get(), path.placeholder()));
        }
    }

    /** Replaces every sealed value in {@code tree} (any shape) with its plaintext, or its placeholder once erased. */
    public JsonNode reveal(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            if (object.has(SEALED)) {
                return open(object);
            }
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, reveal(object.get(name)));
            }
        } else if (tree instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, reveal(array.get(i)));
            }
        }
        return tree;
    }

    private JsonNode open(ObjectNode sealed) {
        String[] parts = sealed.get(SEALED).asText().split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Unknown sealed value format");
        }
        Optional<SecretKey> key = keys.find(parts[1]);
        if (key.isEmpty()) {
            return sealed.get(ERASED);
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(parts[2]));
            byte[] iv = new byte[12];
            bytes.get(iv);
            byte[] ciphertext = new byte[bytes.remaining()];
            bytes.get(ciphertext);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
            return json.readTree(cipher.doFinal(ciphertext));
        } catch (GeneralSecurityException | java.io.IOException e) {
            // Tampered or encrypted with another key: never guess, never show the ciphertext as data.
            throw new IllegalStateException("A personal value of subject " + parts[1] + " cannot be decrypted", e);
        }
    }

    private static JsonNode erasedValue(JsonNode value, JsonNode placeholder) {
        return value == null || value.isNull() ? value : placeholder;
    }

    private JsonNode sealed(JsonNode value, String subject, SecretKey key, JsonNode placeholder) {
        if (value == null || value.isNull() || value.isObject() && value.has(SEALED)) {
            return value;   // nothing to hide, or sealed already
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(json.writeValueAsBytes(value));
            ObjectNode sealed = JsonNodeFactory.instance.objectNode();
            sealed.put(SEALED, VERSION + ":" + subject + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ciphertext.length).put(iv).put(ciphertext).array()));
            sealed.set(ERASED, placeholder);
            return sealed;
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot encrypt a personal value", e);
        }
    }

    /**
     * A copy of {@code value} (a read model's view, a list of passengers...) with every
     * {@link PersonalData} value replaced by its erased placeholder: what a read model writes over
     * its copy when a subject is erased, and what a replay produces from the erased events.
     */
    public <T> T erased(T value, Class<T> type) {
        JsonNode tree = json.valueToTree(value);
        List<Path> paths = new ArrayList<>();
        if (type.isRecord()) {
            collect(type, new ArrayList<>(), paths, 0);
        }
        for (Path path : paths) {
            sealAt(tree, path.steps(), 0, old -> old == null || old.isNull() ? old : path.placeholder());
        }
        try {
            return json.treeToValue(tree, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #erased(Object, Class)}, for each element of a list of records. */
    public <T> List<T> erasedAll(List<T> values, Class<T> elementType) {
        return values.stream().map(value -> erased(value, elementType)).toList();
    }

    private static void sealAt(JsonNode node, List<String> steps, int at, java.util.function.UnaryOperator<JsonNode> seal) {
        if (node == null || node.isNull()) {
            return;
        }
        String step = steps.get(at);
        if (step.equals("*")) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (at == steps.size() - 1) {
                        array.set(i, seal.apply(array.get(i)));
                    } else {
                        sealAt(array.get(i), steps, at + 1, seal);
                    }
                }
            }
            return;
        }
        if (node instanceof ObjectNode object && object.has(step)) {
            if (at == steps.size() - 1) {
                object.set(step, seal.apply(object.get(step)));
            } else {
                sealAt(object.get(step), steps, at + 1, seal);
            }
        }
    }

    private Layout layout(Class<?> type) {
        return layouts.computeIfAbsent(type, PersonalDataCodec::describe);
    }

    /** Finds the personal values of a record type and its nested records (and lists of them). */
    static Layout describe(Class<?> type) {
        if (!type.isRecord()) {
            return new Layout(null, null, List.of());
        }
        List<Path> paths = new ArrayList<>();
        collect(type, new ArrayList<>(), paths, 0);
        String subject = null;
        String owner = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
            if (component.isAnnotationPresent(DataSubjectOwner.class)) {
                owner = component.getName();
            }
        }
        if (!paths.isEmpty() && subject == null) {
            throw new IllegalStateException(type.getName() + " carries @PersonalData but names no @DataSubject");
        }
        return new Layout(subject, owner, List.copyOf(paths));
    }

    private static void collect(Class<?> type, List<String> prefix, List<Path> paths, int depth) {
        if (depth > 6 || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> steps = new ArrayList<>(prefix);
            steps.add(component.getName());
            Class<?> raw = component.getType();
            if (component.isAnnotationPresent(PersonalData.class)) {
                JsonNode placeholder = raw == String.class ? JsonNodeFactory.instance.textNode(ERASED_TEXT)
                        : Collection.class.isAssignableFrom(raw) ? JsonNodeFactory.instance.arrayNode()
                        : JsonNodeFactory.instance.nullNode();
                paths.add(new Path(List.copyOf(steps), placeholder));
            } else if (raw.isRecord()) {
                collect(raw, steps, paths, depth + 1);
            } else if (Collection.class.isAssignableFrom(raw) && elementType(component.getGenericType()) instanceof Class<?> element
                    && element.isRecord()) {
                steps.add("*");
                collect(element, steps, paths, depth + 1);
            }
        }
    }

    private static Type elementType(Type type) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : null;
    }
}
