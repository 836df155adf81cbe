package dev.debtos.engine.duplication;

import java.util.Arrays;

/** Clone groups found so far, as a length and ascending start positions each, in flat primitive arrays. */
final class CandidateGroups {
    private int[] lengths = new int[64];
    private int[] memberOffsets = new int[65];
    private int[] members = new int[256];
    private int count;

    /** Adds a group of {@code positions[0..size)} (ascending, non-overlapping copies of {@code length} tokens). */
    void add(int length, int[] positions, int size) {
        if (count + 1 == lengths.length) {
            lengths = Arrays.copyOf(lengths, lengths.length * 2);
            memberOffsets = Arrays.copyOf(memberOffsets, lengths.length + 1);
        }
        int offset = memberOffsets[count];
        if (offset + size > members.length) {
            members = Arrays.copyOf(members, Math.max(members.length * 2, offset + size));
        }
        System.arraycopy(positions, 0, members, offset, size);
        lengths[count] = length;
        memberOffsets[count + 1] = offset + size;
        count++;
    }

    int count() {
        return count;
    }

    int length(int group) {
        return lengths[group];
    }

    /** Number of copies. */
    int size(int group) {
        return memberOffsets[group + 1] - memberOffsets[group];
    }

    int member(int group, int index) {
        return members[memberOffsets[group] + index];
    }

    /** Index of the group's first copy starting at or after {@code position} ({@link #size} when none). */
    int firstMemberFrom(int group, int position) {
        int from = memberOffsets[group];
        int index = Arrays.binarySearch(members, from, memberOffsets[group + 1], position);
        return (index >= 0 ? index : -index - 1) - from;
    }
}
