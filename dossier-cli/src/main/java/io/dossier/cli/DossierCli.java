package io.dossier.cli;

/** Placeholder until the commands land. */
public final class DossierCli {
  public static void main(String[] args) {
  }
}
