package com.jetops.platform.privacy;

import com.jetops.api.booking.Passenger;
import com.jetops.api.client.Address;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.platform.eventstore.AxonSerializers;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataSerializerTest {

    /** The key table in memory. */
    static final class KeysInMemory extends SubjectKeys {
        final Map<String, byte[]> keys = new HashMap<>();

        KeysInMemory() {
            super(() -> null);
        }

        final java.util.Set<String> erased = new java.util.HashSet<>();

        @Override
        Optional<SecretKey> keyFor(String subject, String owner) {
            if (erased.contains(subject)) {
                return Optional.empty();
            }
            byte[] key = keys.computeIfAbsent(subject, s -> {
                byte[] fresh = new byte[32];
                new java.security.SecureRandom().nextBytes(fresh);
                return fresh;
            });
            return Optional.of(new SecretKeySpec(key, "AES"));
        }

        @Override
        Optional<SecretKey> find(String subject) {
            byte[] key = keys.get(subject);
            return key == null ? Optional.empty() : Optional.of(new SecretKeySpec(key, "AES"));
        }
    }

    private final KeysInMemory keys = new KeysInMemory();
    private final PersonalDataCodec codec = new PersonalDataCodec(keys, AxonSerializers.objectMapper());
    private final PersonalDataSerializer serializer = new PersonalDataSerializer(AxonSerializers.jackson(), codec);
    private final ClientId clientId = ClientId.random();
    private final ClientRegisteredEvent registered = new ClientRegisteredEvent(clientId, new ClientProfile(
            ClientKind.INDIVIDUAL, null, new Contact("Nell Crain", "self", "+1 212 555 0142", "nell@example.com"),
            "nell@example.com", "+1 212 555 0142", new Address("1 Hill House Lane", null, "Hillsdale", "12529", "US"),
            List.of(new Contact("Luke Sanderson", "brother", "+1 212 555 0199", null))));

    private String stored(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    @Test
    void personalValuesAreStoredSealedAndReadBackWhole() {
        SerializedObject<byte[]> bytes = serializer.serialize(registered, byte[].class);
        String json = new String(bytes.getData(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Nell", "nell@example.com", "555 0142", "Hill House", "Luke")
                .contains("\"$personal\"").contains(clientId.value()).contains("\"US\"").contains("INDIVIDUAL");
        ClientRegisteredEvent read = serializer.deserialize(bytes);
        assertThat(read).isEqualTo(registered);
    }

    @Test
    void anErasedSubjectReadsAsErasedAndStillDeserializes() {
        SerializedObject<byte[]> bytes = serializer.serialize(registered, byte[].class);
        keys.keys.remove(clientId.value());
        keys.erased.add(clientId.value());
        ClientRegisteredEvent read = serializer.deserialize(bytes);
        assertThat(read.clientId()).isEqualTo(clientId);
        assertThat(read.profile().contact().name()).isEqualTo("[erased]");
        assertThat(read.profile().email()).isEqualTo("[erased]");
        assertThat(read.profile().billingAddress().line1()).isEqualTo("[erased]");
        assertThat(read.profile().billingAddress().country()).isEqualTo("US");
        assertThat(read.profile().emergencyContacts().get(0).name()).isEqualTo("[erased]");
        assertThat(read.profile().emergencyContacts().get(0).relationship()).isEqualTo("brother");
    }

    @Test
    void anErasedSubjectsNewPersonalValuesAreNotWrittenAtAll() {
        keys.erased.add(clientId.value());
        String json = stored(registered);
        assertThat(json).doesNotContain("Nell", "nell@example.com", "$personal").contains("[erased]");
    }

    @Test
    void aTamperedValueFailsLoudlyInsteadOfShowingSomething() {
        String json = stored(registered);
        int at = json.indexOf("v1:") + 3 + clientId.value().length() + 1 + 20;
        String tampered = json.substring(0, at) + (json.charAt(at) == 'A' ? 'B' : 'A') + json.substring(at + 1);
        SerializedObject<byte[]> bytes = serializer.serialize(registered, byte[].class);
        var forged = new SimpleSerializedObject<>(tampered.getBytes(StandardCharsets.UTF_8), byte[].class, bytes.getType());
        assertThatThrownBy(() -> serializer.deserialize(forged)).hasMessageContaining("cannot be decrypted");
    }

    @Test
    void eventsWithoutPersonalDataAreUntouched() {
        VipStatusChangedEvent changed = new VipStatusChangedEvent(clientId, VipStatus.GOLD);
        assertThat(stored(changed)).isEqualTo(new String(AxonSerializers.jackson().serialize(changed, byte[].class)
                .getData(), StandardCharsets.UTF_8));
        assertThat(keys.keys).isEmpty();
    }

    @Test
    void readModelsEraseTheirCopiesToWhatAReplayReads() {
        Passenger passenger = new Passenger("Theodora Quill", LocalDate.parse("1984-02-29"), "GB", "P1234567", 70,
                List.of(0, 1));
        Passenger erased = codec.erased(passenger, Passenger.class);
        assertThat(erased).isEqualTo(new Passenger("[erased]", null, "[erased]", "[erased]", null, List.of(0, 1)));
    }
}
