package dev.debtos.engine.satd;

/** The classes of self-admitted technical debt (Maldonado and Shihab's taxonomy). */
public enum SatdCategory { DESIGN, DEFECT, DOCUMENTATION, REQUIREMENT, TEST }
