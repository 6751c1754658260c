package prikaz.app.serve;

import java.util.Objects;

/**
 * One uploaded file, held in memory: its bytes and the name the browser gave, reduced to a bare
 * file name (never used as a path on disk; it only names the source in the result).
 */
record Upload(String name, byte[] bytes) {
  Upload {
    Objects.requireNonNull(bytes, "bytes must not be null");
    name = bareName(name);
  }

  /** The last segment of a client's file name, without control characters; «document» when empty. */
  static String bareName(String name) {
    if (name == null) {
      return "document";
    }
    String bare = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
        .replaceAll("[\\p{Cntrl}]", "").strip();
    if (bare.length() > 200) {
      bare = bare.substring(bare.length() - 200);
    }
    return bare.isEmpty() || bare.equals(".") || bare.equals("..") ? "document" : bare;
  }
}
