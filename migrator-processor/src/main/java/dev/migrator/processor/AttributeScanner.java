package dev.migrator.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Lists an entity's persistent attributes in JPA's way: those of its {@code @MappedSuperclass}
 * ancestors first, then its own; field or property access decided by {@code @Access} or by where
 * {@code @Id}/{@code @EmbeddedId} is placed; static, {@code transient} and {@code @Transient}
 * members skipped. Works the same for source and class-file elements.
 */
final class AttributeScanner {
    private final Annotations annotations;
    private final Types types;

    AttributeScanner(Annotations annotations, Types types) {
        this.annotations = annotations;
        this.types = types;
    }

    /**
     * The classes whose declared attributes belong to {@code entity} itself: its
     * {@code @MappedSuperclass} ancestors up to the nearest entity superclass (first), then itself.
     */
    List<TypeElement> hierarchy(TypeElement entity) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        chain.push(entity);
        for (TypeElement current = superclass(entity); current != null; current = superclass(current)) {
            if (annotations.hasJpa(current, "Entity")) {
                break;
            }
            if (annotations.hasJpa(current, "MappedSuperclass")) {
                chain.push(current);
            }
        }
        return new ArrayList<>(chain);
    }

    /** The nearest {@code @Entity} superclass of {@code entity}, or {@code null} for a root entity. */
    TypeElement parentEntity(TypeElement entity) {
        for (TypeElement current = superclass(entity); current != null; current = superclass(current)) {
            if (annotations.hasJpa(current, "Entity")) {
                return current;
            }
        }
        return null;
    }

    List<Attribute> attributes(TypeElement entity) {
        List<TypeElement> hierarchy = hierarchy(entity);
        boolean propertyAccess = usesPropertyAccess(entity);
        DeclaredType owner = (DeclaredType) entity.asType();
        List<Attribute> out = new ArrayList<>();
        for (TypeElement type : hierarchy) {
            for (Element member : type.getEnclosedElements()) {
                Attribute attribute = propertyAccess ? property(member, owner) : field(member, owner);
                if (attribute != null && !annotations.hasJpa(attribute.element(), "Transient")) {
                    out.add(type == entity ? attribute : inheritedOverride(entity, attribute));
                }
            }
        }
        return out;
    }

    /** An attribute of a mapped superclass with the entity's class-level {@code @AttributeOverride}/{@code @AssociationOverride}. */
    private Attribute inheritedOverride(TypeElement entity, Attribute attribute) {
        List<Ann> columns = new ArrayList<>();
        annotations.jpa(entity, "AttributeOverride").ifPresent(columns::add);
        annotations.jpa(entity, "AttributeOverrides").ifPresent(all -> columns.addAll(all.annotations("value")));
        List<Ann> associations = new ArrayList<>();
        annotations.jpa(entity, "AssociationOverride").ifPresent(associations::add);
        annotations.jpa(entity, "AssociationOverrides").ifPresent(all -> associations.addAll(all.annotations("value")));
        Ann column = columns.stream().filter(o -> o.string("name").equals(attribute.name()))
                .map(o -> o.annotation("column")).findFirst().orElse(null);
        Ann association = associations.stream().filter(o -> o.string("name").equals(attribute.name()))
                .findFirst().orElse(null);
        if (column == null && association == null) {
            return attribute;
        }
        return attribute.withOverrides(column, association);
    }

    /**
     * The attributes of an embeddable as seen through {@code type} (its type arguments applied),
     * with the access of the owner unless the embeddable declares {@code @Access}.
     */
    List<Attribute> embeddableAttributes(DeclaredType type, boolean ownerPropertyAccess) {
        TypeElement embeddable = (TypeElement) type.asElement();
        boolean propertyAccess = annotations.jpa(embeddable, "Access")
                .map(a -> a.enumConstant("value").equals("PROPERTY"))
                .orElse(ownerPropertyAccess);
        List<Attribute> out = new ArrayList<>();
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement current = embeddable; current != null; current = superclass(current)) {
            if (current == embeddable || annotations.hasJpa(current, "MappedSuperclass") || annotations.hasJpa(current, "Embeddable")) {
                chain.add(0, current);
            }
        }
        for (TypeElement declaring : chain) {
            for (Element member : declaring.getEnclosedElements()) {
                Attribute attribute = propertyAccess ? property(member, type) : field(member, type);
                if (attribute != null && !annotations.hasJpa(attribute.element(), "Transient")) {
                    out.add(attribute);
                }
            }
        }
        return out;
    }

    /**
     * Whether the entity's attributes are read from getters: {@code @Access} on the entity, else
     * where {@code @Id}/{@code @EmbeddedId} sits anywhere up its class hierarchy.
     */
    boolean usesPropertyAccess(TypeElement entity) {
        var access = annotations.jpa(entity, "Access");
        if (access.isPresent()) {
            return access.get().enumConstant("value").equals("PROPERTY");
        }
        for (TypeElement type = entity; type != null; type = superclass(type)) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (annotations.hasJpa(method, "Id") || annotations.hasJpa(method, "EmbeddedId")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Attribute field(Element member, DeclaredType owner) {
        Set<Modifier> modifiers = member.getModifiers();
        if (member.getKind() != ElementKind.FIELD
                || modifiers.contains(Modifier.STATIC)
                || modifiers.contains(Modifier.TRANSIENT)) {
            return null;
        }
        TypeMirror type = types.asMemberOf(owner, member);
        return Attribute.of(member.getSimpleName().toString(), member, type);
    }

    private Attribute property(Element member, DeclaredType owner) {
        if (member.getKind() != ElementKind.METHOD || member.getModifiers().contains(Modifier.STATIC)) {
            return null;
        }
        ExecutableElement method = (ExecutableElement) member;
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return null;
        }
        String property;
        if (name.startsWith("get") && name.length() > 3) {
            property = decapitalize(name.substring(3));
        } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            property = decapitalize(name.substring(2));
        } else {
            return null;
        }
        TypeMirror type = ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, member)).getReturnType();
        return Attribute.of(property, member, type);
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    /** JavaBeans' rule: {@code getURL} is property {@code URL}, {@code getName} is {@code name}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
