package com.jetops.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * The event serializer: Jackson, with the personal values of events sealed on the way into the
 * store and revealed (or read as erased) on the way out. It works the same with Axon Server,
 * which only ever receives the sealed bytes.
 */
public class PersonalDataSerializer implements Serializer {
    private final Serializer delegate;
    private final PersonalDataCodec codec;

    public PersonalDataSerializer(Serializer delegate, PersonalDataCodec codec) {
        this.delegate = delegate;
        this.codec = codec;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !codec.hasPersonalData(object.getClass())) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> tree = delegate.serialize(object, JsonNode.class);
        codec.seal(object.getClass(), (ObjectNode) tree.getData());
        return delegate.getConverter().convert(tree, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        if (type == null || UnknownSerializedType.class.equals(type) || !codec.hasPersonalData(type)) {
            return delegate.deserialize(serializedObject);
        }
        SerializedObject<JsonNode> tree = delegate.getConverter().convert(serializedObject, JsonNode.class);
        codec.reveal(tree.getData());
        return delegate.deserialize(tree);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
