package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveScoreInputTest {

    @Test
    void shouldKeepItsOwnCopyOfTheAchievements() {
        Achievement half = new Achievement(new BigDecimal("50"), new BigDecimal("50"));
        List<Achievement> achievements = new ArrayList<>(List.of(half));
        ObjectiveScoreInput input = new ObjectiveScoreInput("1.7", new BigDecimal("8"), achievements);
        achievements.clear();
        assertEquals(List.of(half), input.indicators());
    }
}
