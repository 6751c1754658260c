package prikaz.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or «development» when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"prikaz " + (version == null ? "development" : version)};
  }
}
