package dev.streams;

/** {@link TypedAttributeProvider#extra(TypedAttribute)} found no such attribute. */
public class TypedAttributeLookupException extends StreamException {

    private static final long serialVersionUID = 1L;

    public TypedAttributeLookupException(TypedAttribute<?> attribute) {
        super("Attribute not found: " + attribute.name());
    }
}
