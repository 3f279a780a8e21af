package org.cellbook.analysis.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Records of numbers written to the run's document and read back as the same records, so that a
 * plot evaluates exactly the parameters the analysis found. Each component is a field named in
 * snake case ({@code rSquared} → {@code r_squared}); numbers, booleans, strings, enums, {@code
 * double[]}, {@code int[]}, lists and nested records are kept. NaN and ∞ are written as null (JSON
 * has no NaN) and a null read into a {@code double} is NaN; a field missing for a primitive makes
 * the document {@link Unreadable} (it was written before the record had that component).
 */
public final class RecordJson {

  private RecordJson() {}

  /** A field the record needs is missing or of the wrong kind: the document predates it. */
  public static final class Unreadable extends RuntimeException {
    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static void write(JsonWriter w, Object value) {
    switch (value) {
      case null -> w.value((String) null);
      case Record r -> {
        w.beginObject();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          w.name(snakeCase(c.getName()));
          write(w, component(r, c));
        }
        w.endObject();
      }
      case Number n -> w.value(n);
      case Boolean b -> w.value(b.booleanValue());
      case String s -> w.value(s);
      case Enum<?> e -> w.value(e.name());
      case double[] xs -> {
        w.beginArray();
        for (double x : xs) {
          w.value(x);
        }
        w.endArray();
      }
      case int[] xs -> {
        w.beginArray();
        for (int x : xs) {
          w.value(x);
        }
        w.endArray();
      }
      case List<?> list -> {
        w.beginArray();
        list.forEach(x -> write(w, x));
        w.endArray();
      }
      default -> throw new IllegalArgumentException("cannot write a " + value.getClass());
    }
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(r.getClass().getName() + "." + c.getName(), e);
    }
  }

  /**
   * The record a {@link #write} wrote.
   *
   * @throws Unreadable when a field is missing or of another kind
   */
  public static <R extends Record> R read(JsonNode node, Class<R> type) {
    try {
      return type.cast(value(node, type));
    } catch (RuntimeException e) {
      throw new Unreadable(type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static @Nullable Object value(@Nullable JsonNode n, Type type) {
    Class<?> raw = raw(type);
    if (n == null || n.isMissingNode()) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("missing " + raw);
      }
      return null;
    }
    if (n.isNull()) {
      if (raw == double.class) {
        return Double.NaN;
      }
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("null for a " + raw);
      }
      return null;
    }
    if (raw == double.class) {
      return number(n).doubleValue();
    }
    if (raw == Double.class) {
      return number(n).doubleValue();
    }
    if (raw == int.class || raw == Integer.class) {
      return number(n).intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return number(n).longValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!n.isBoolean()) {
        throw new IllegalArgumentException("not a boolean: " + n);
      }
      return n.booleanValue();
    }
    if (raw == String.class) {
      return n.asString();
    }
    if (raw.isEnum()) {
      return enumConstant(raw, n.asString());
    }
    if (raw == double[].class) {
      double[] xs = new double[n.size()];
      for (int k = 0; k < xs.length; k++) {
        xs[k] = (double) value(n.get(k), double.class);
      }
      return xs;
    }
    if (raw == int[].class) {
      int[] xs = new int[n.size()];
      for (int k = 0; k < xs.length; k++) {
        xs[k] = (int) value(n.get(k), int.class);
      }
      return xs;
    }
    if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      for (JsonNode x : n) {
        list.add(value(x, element));
      }
      return List.copyOf(list);
    }
    if (raw.isRecord()) {
      return record(n, raw);
    }
    throw new IllegalArgumentException("cannot read a " + type);
  }

  private static Object record(JsonNode n, Class<?> type) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("not an object: " + type.getSimpleName());
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int k = 0; k < components.length; k++) {
      types[k] = components[k].getType();
      args[k] = value(n.get(snakeCase(components[k].getName())), components[k].getGenericType());
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot make a " + type.getSimpleName(), e);
    }
  }

  private static Number number(JsonNode n) {
    if (!n.isNumber()) {
      throw new IllegalArgumentException("not a number: " + n);
    }
    return n.numberValue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class<? extends Enum>) type, name);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** "rSquared" → "r_squared", "areaFraction002" → "area_fraction002". */
  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
