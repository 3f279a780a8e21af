package org.cellbook.base;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting in tests of background jobs: for a condition, with a generous bound that only catches a
 * job that never ends (never a timing), and as a job that ignores interrupts would.
 */
public final class Waits {

  /** Longest wait before a test gives up on something that should happen. */
  public static final long BOUND_SECONDS = 60;

  private Waits() {}

  /** True once the condition holds; false if it still does not after the bound. */
  public static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** Waits for the release and carries on through every interrupt: a job that does not stop. */
  public static void ignoringInterrupts(CountDownLatch release) {
    while (true) {
      try {
        if (release.await(BOUND_SECONDS, TimeUnit.SECONDS)) {
          return;
        }
      } catch (InterruptedException ignored) {
        // carries on regardless
      }
    }
  }
}
