package tiku.render.lms;

import tiku.model.Language;
import tiku.render.Labels;
import tiku.render.RenderJob;

/** The labels of the platform exports: the shared ones plus those in this package's bundle. */
public final class PlatformLabels {
  private PlatformLabels() {}

  public static Labels of(Language language) {
    return Labels.load(PlatformLabels.class, language);
  }

  /** The job's label language: the option if set, else the document's. */
  public static Labels of(RenderJob job) {
    Language lang = job.options().language() != null ? job.options().language() : job.bank().source().language();
    return of(lang);
  }
}
