package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build's total, printed by the module whose check completes the count. */
class ReactorTotalTest {

    @Test
    void theLastModuleToArrivePrintsTheTotalOfTheCheckedOnes() {
        ReactorTotal total = new ReactorTotal(3);

        assertEquals(Optional.empty(), total.arrive(true, 2, 1, 0));
        assertEquals(Optional.empty(), total.arrive(false, 0, 0, 0));
        assertEquals(
                Optional.of("Bizagi hardening, all modules: 3 errors, 1 warning in 2 modules."),
                total.arrive(true, 1, 0, 0));
    }

    @Test
    void aModuleThatCouldNotBeReadKeepsTheTotalFromReadingAsClean() {
        ReactorTotal total = new ReactorTotal(2);

        total.arrive(true, 0, 0, 1);

        assertEquals(
                Optional.of("Bizagi hardening, all modules: 0 errors, 0 warnings in 2 modules; 1 file could not be"
                        + " judged."),
                total.arrive(true, 0, 0, 0));
    }

    @Test
    void aBuildOfOneModulePrintsNoTotal() {
        assertEquals(Optional.empty(), new ReactorTotal(1).arrive(true, 4, 0, 0));
    }
}
