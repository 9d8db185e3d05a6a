package dev.rca.connectors.git.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a change touched, most severe first, and the risk that implies.
 *
 * <p>Settings are read from configuration files (YAML incl. Helm values and Kubernetes manifests,
 * JSON, properties, {@code .env}, TOML, INI/nginx-style {@code .conf}, HCL), named constants and
 * setters in code, and JVM flags anywhere; SQL from migrations and string literals in code.
 * Files the diff does not show are judged by path. Risk is {@code low} when every file is docs,
 * tests or CI, else the highest risk of a touch (see {@link TouchCategory}).
 *
 * <p>Bounds: the diff is read by {@link DiffReader} (64 KiB); at most {@value #MAX_TOUCHES}
 * touches are kept, {@value #MAX_LISTED} of them listed in {@link #attributes()}.
 *
 * <pre>{@code
 * ChangeTouches t = ChangeTouches.of(List.of("config/payments.yaml"), diffText);
 * t.risk();          // HIGH
 * t.attributes();    // {touches=pool, touch.1=payments.datasource.maximumPoolSize: 50 -> 5 (x0.1), risk=high}
 * }</pre>
 *
 * @param touches ranked: risk, then size of a numeric change, then category, then diff order
 * @param risk {@code LOW} for docs/tests/CI only; {@code MEDIUM} when nothing was touched
 */
public record ChangeTouches(List<ChangeTouch> touches, ChangeRisk risk) {
  public static final int MAX_TOUCHES = 200;
  public static final int MAX_LISTED = 5;
  private static final Comparator<ChangeTouch> SEVERITY =
      Comparator.comparing(ChangeTouch::risk).reversed()
          .thenComparing(Comparator.comparingDouble(ChangeTouch::magnitude).reversed())
          .thenComparing(ChangeTouch::category);

  public ChangeTouches {
    touches = List.copyOf(touches);
  }

  /**
   * Reads {@code diff} and judges the {@code files} it does not show by their paths.
   *
   * @param files the paths the change names (may be empty); a diff without file headers is taken
   *     to be of the only file named here
   */
  public static ChangeTouches of(List<String> files, String diff) {
    UnifiedDiff parsed = new DiffReader().read(diff);
    List<ChangeTouch> found = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    for (FileDiff f : parsed.files()) {
      String path = f.path().isEmpty() && files.size() == 1 ? files.get(0) : f.path();
      shown.add(path);
      TouchReading.file(f, path, found);
      if (found.size() >= MAX_TOUCHES) {
        break;
      }
    }
    for (String path : files) {
      if (found.size() < MAX_TOUCHES && shown.add(path)) {
        found.add(TouchReading.pathOnly(FileRole.of(path), path, "changed"));
      }
    }
    List<ChangeTouch> ranked = new ArrayList<>(found.subList(0, Math.min(found.size(), MAX_TOUCHES)));
    ranked.sort(SEVERITY);
    ChangeRisk risk = ranked.stream().map(ChangeTouch::risk).max(Comparator.naturalOrder())
        .orElse(ChangeRisk.MEDIUM);
    return new ChangeTouches(ranked, risk);
  }

  /**
   * One setting known from elsewhere than a diff, e.g. a feature-flag event's {@code from}/{@code
   * to} or a scaling event's replicas, judged like a setting read from a diff.
   *
   * <pre>{@code
   * ChangeTouches.ofSetting(TouchCategory.FLAG, "new-pricing", "off", "on").risk()   // HIGH
   * }</pre>
   */
  public static ChangeTouches ofSetting(TouchCategory category, String key, @Nullable String before,
      @Nullable String after) {
    ChangeTouch t = TouchReading.setting(category, "", key, before, after);
    return new ChangeTouches(List.of(t), t.risk());
  }

  /** The most severe touch, empty when nothing was touched that could be read. */
  public Optional<ChangeTouch> top() {
    return touches.isEmpty() ? Optional.empty() : Optional.of(touches.get(0));
  }

  /** The categories touched, most severe first, each once. */
  public List<TouchCategory> categories() {
    Set<TouchCategory> out = new LinkedHashSet<>();
    touches.forEach(t -> out.add(t.category()));
    return List.copyOf(out);
  }

  /**
   * Whether the change is configuration: some setting or configuration file is touched and no
   * code, image/version or query is.
   */
  public boolean configurationOnly() {
    boolean config = false;
    for (ChangeTouch t : touches) {
      switch (t.category()) {
        case CODE, QUERY -> {
          return false;
        }
        case DOCS, TESTS, CI -> { }
        default -> config = true;
      }
    }
    return config;
  }

  /**
   * Change attributes: {@code touches} (category labels, most severe first, comma-separated),
   * {@code touch.1}..{@code touch.5} ({@link ChangeTouch#line()}), {@code touch.more} (how many
   * were not listed, only when some were not) and {@code risk} ({@code low|medium|high}); empty
   * when nothing was touched.
   */
  public Map<String, String> attributes() {
    Map<String, String> out = new LinkedHashMap<>();
    if (touches.isEmpty()) {
      return out;
    }
    List<String> labels = new ArrayList<>();
    categories().forEach(c -> labels.add(c.label()));
    out.put("touches", String.join(",", labels));
    for (int i = 0; i < Math.min(MAX_LISTED, touches.size()); i++) {
      out.put("touch." + (i + 1), touches.get(i).line());
    }
    if (touches.size() > MAX_LISTED) {
      out.put("touch.more", String.valueOf(touches.size() - MAX_LISTED));
    }
    out.put("risk", risk.label());
    return out;
  }

  /**
   * A few words for a change's summary: the top setting or statement ({@code pool
   * payments.datasource.maximumPoolSize: 50 -> 5 (x0.1)}), {@code docs only} for a harmless
   * change, else empty.
   */
  public String headline() {
    if (touches.isEmpty()) {
      return "";
    }
    if (risk == ChangeRisk.LOW) {
      List<String> labels = new ArrayList<>();
      categories().forEach(c -> labels.add(c.label()));
      return String.join(", ", labels) + " only";
    }
    ChangeTouch top = touches.get(0);
    return top.isSetting() || top.category() == TouchCategory.QUERY
        ? top.category().label() + " " + top.line() : "";
  }
}
