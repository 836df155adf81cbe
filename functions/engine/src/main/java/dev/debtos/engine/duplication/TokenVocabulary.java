package dev.debtos.engine.duplication;

import dev.debtos.engine.lexer.TokenKind;
import dev.debtos.engine.lexer.TokenStream;

/**
 * The normalised code of a token: one code for every identifier, one for every number or string literal, and for
 * keywords and operators a dense id per distinct text. Ids rather than text hashes keep comparisons exact: two texts
 * with the same hash (C directives are whole lines, so there are many) must never look like the same token.
 */
final class TokenVocabulary {
    static final int IDENTIFIER = 1;
    static final int LITERAL = 2;
    private static final int PUNCTUATION_BASE = 3;
    private static final int FIRST_TEXT_ID = PUNCTUATION_BASE + TokenKind.values().length;
    static final int OPEN_BRACE = PUNCTUATION_BASE + TokenKind.OPEN_BRACE.ordinal();
    static final int CLOSE_BRACE = PUNCTUATION_BASE + TokenKind.CLOSE_BRACE.ordinal();
    static final int SEMICOLON = PUNCTUATION_BASE + TokenKind.SEMICOLON.ordinal();

    private final int[] singleCharIds = new int[128];
    private int[] slotHashes = new int[512];
    private char[][] slotTexts = new char[512][];
    private int[] slotIds = new int[512];
    private int count;

    int code(TokenStream tokens, int index) {
        TokenKind kind = tokens.kind(index);
        return switch (kind) {
            case IDENTIFIER -> IDENTIFIER;
            case NUMBER, STRING -> LITERAL;
            case KEYWORD, OPERATOR -> textId(tokens, index);
            default -> PUNCTUATION_BASE + kind.ordinal(); // braces, parentheses, ';' and ',' have one text each
        };
    }

    private int textId(TokenStream tokens, int index) {
        int start = tokens.start(index);
        char first = tokens.source()[start];
        boolean singleAscii = tokens.end(index) == start + 1 && first < singleCharIds.length;
        if (singleAscii && singleCharIds[first] != 0) {
            return singleCharIds[first]; // most operators: '.', '=', '+', '<' ... skip hashing
        }
        int id = hashedTextId(tokens, index);
        if (singleAscii) {
            singleCharIds[first] = id;
        }
        return id;
    }

    private int hashedTextId(TokenStream tokens, int index) {
        int hash = tokens.textHash(index);
        int mask = slotTexts.length - 1;
        int slot = spread(hash) & mask;
        while (slotTexts[slot] != null) {
            if (slotHashes[slot] == hash && sameText(slotTexts[slot], tokens, index)) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
        int start = tokens.start(index);
        slotTexts[slot] = java.util.Arrays.copyOfRange(tokens.source(), start, tokens.end(index));
        slotHashes[slot] = hash;
        slotIds[slot] = FIRST_TEXT_ID + count++;
        int id = slotIds[slot];
        if (count * 2 > slotTexts.length) {
            grow();
        }
        return id;
    }

    private static boolean sameText(char[] text, TokenStream tokens, int index) {
        int start = tokens.start(index);
        if (tokens.end(index) - start != text.length) {
            return false;
        }
        char[] source = tokens.source();
        for (int i = 0; i < text.length; i++) {
            if (source[start + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        int[] hashes = slotHashes;
        char[][] texts = slotTexts;
        int[] ids = slotIds;
        slotHashes = new int[texts.length * 2];
        slotTexts = new char[texts.length * 2][];
        slotIds = new int[texts.length * 2];
        int mask = slotTexts.length - 1;
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                int slot = spread(hashes[i]) & mask;
                while (slotTexts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slotHashes[slot] = hashes[i];
                slotTexts[slot] = texts[i];
                slotIds[slot] = ids[i];
            }
        }
    }

    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x45d9f3b;
    }
}
