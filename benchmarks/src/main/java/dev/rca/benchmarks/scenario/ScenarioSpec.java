package dev.rca.benchmarks.scenario;

import static java.util.Objects.requireNonNull;

import dev.rca.benchmarks.scenario.system.SystemModel;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything that determines one generated bundle. The same spec always yields the same bytes.
 *
 * <pre>{@code
 * ScenarioSpec spec = ScenarioSpec.builder("config-pool-cascade", Fault.config("payments"))
 *     .seed(7).window(SampleWindow.standard()).volume(Volume.sparse())
 *     .noise(Noise.typical().withUnrelatedDeploys(1))
 *     .build();
 * }</pre>
 *
 * @param name the bundle's directory name
 * @param seed seeds every random choice
 * @param faultStart when the culprit starts to misbehave, or null to derive it from the seed
 */
public record ScenarioSpec(
    String name,
    long seed,
    Fault fault,
    SystemModel system,
    SampleWindow window,
    Volume volume,
    Noise noise,
    @Nullable Instant faultStart) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}");

  public ScenarioSpec {
    requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name must be a lower-case directory name: " + name);
    }
    requireNonNull(fault, "fault");
    requireNonNull(system, "system");
    requireNonNull(window, "window");
    requireNonNull(volume, "volume");
    requireNonNull(noise, "noise");
    if (!system.has(fault.service())) {
      throw new IllegalArgumentException("fault names service " + fault.service()
          + " which the system does not have");
    }
    String noisy = noise.noisyService();
    if (noisy != null && (!system.has(noisy) || noisy.equals(fault.service()))) {
      throw new IllegalArgumentException("noisyService " + noisy
          + " must be a service of the system other than the culprit");
    }
  }

  public static Builder builder(String name, Fault fault) {
    return new Builder(name, fault);
  }

  /** Collects a spec; everything but the name and the fault has a default. */
  public static final class Builder {
    private String name;
    private final Fault fault;
    private long seed = 1;
    private SystemModel system = SystemModel.shop();
    private SampleWindow window = SampleWindow.standard();
    private Volume volume = Volume.sparse();
    private Noise noise = Noise.typical();
    private @Nullable Instant faultStart;

    private Builder(String name, Fault fault) {
      this.name = requireNonNull(name, "name");
      this.fault = requireNonNull(fault, "fault");
    }

    /** Gives the bundle another directory name, e.g. with its seed appended. */
    public Builder rename(String value) {
      name = requireNonNull(value, "name");
      return this;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    public Builder system(SystemModel value) {
      system = requireNonNull(value, "system");
      return this;
    }

    public Builder window(SampleWindow value) {
      window = requireNonNull(value, "window");
      return this;
    }

    public Builder volume(Volume value) {
      volume = requireNonNull(value, "volume");
      return this;
    }

    public Builder noise(Noise value) {
      noise = requireNonNull(value, "noise");
      return this;
    }

    public Builder faultStart(Instant value) {
      faultStart = requireNonNull(value, "faultStart");
      return this;
    }

    public ScenarioSpec build() {
      return new ScenarioSpec(name, seed, fault, system, window, volume, noise, faultStart);
    }
  }
}
