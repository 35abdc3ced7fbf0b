package io.b24rest.benchmarks.generator;

import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** javac's processing environment with its {@code Filer} behind a {@link FilerClock}. */
final class ClockedEnvironment implements ProcessingEnvironment {
  private final ProcessingEnvironment delegate;
  private final FilerClock filer;

  ClockedEnvironment(ProcessingEnvironment delegate, FilerClock filer) {
    this.delegate = delegate;
    this.filer = filer;
  }

  @Override
  public Filer getFiler() {
    return filer;
  }

  @Override
  public Map<String, String> getOptions() {
    return delegate.getOptions();
  }

  @Override
  public Messager getMessager() {
    return delegate.getMessager();
  }

  @Override
  public Elements getElementUtils() {
    return delegate.getElementUtils();
  }

  @Override
  public Types getTypeUtils() {
    return delegate.getTypeUtils();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return delegate.getSourceVersion();
  }

  @Override
  public Locale getLocale() {
    return delegate.getLocale();
  }

  @Override
  public boolean isPreviewEnabled() {
    return delegate.isPreviewEnabled();
  }
}
