package io.b24rest.sample;

/** Placeholder until the sample client lands. */
public final class SampleClient {
  private SampleClient() {}

  public static void main(String[] args) {
    System.out.println("sample client: not built yet");
  }
}
