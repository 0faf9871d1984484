package io.github.camelcarto.benchmarks;

import java.io.InputStream;

/**
 * An InputStream of synthetic CSV of an exact size, generated as it is read (nothing is held): fixed-width lines
 * {@code 0000000001,store-001,000012.50\n} with a running id, so gzip sees realistic, not trivially repeated, data.
 */
final class CsvGenerator extends InputStream {

    static final int LINE = 31;
    private static final byte[] STORE = "store-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final long size;
    private long position;
    private final byte[] line = new byte[LINE];
    private long lineNumber = -1;

    CsvGenerator(long size) {
        this.size = size;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        int done = 0;
        while (done < n) {
            long number = position / LINE;
            if (number != lineNumber) {
                fill(number);
            }
            int inLine = (int) (position % LINE);
            int count = Math.min(LINE - inLine, n - done);
            System.arraycopy(line, inLine, target, offset + done, count);
            done += count;
            position += count;
        }
        return n;
    }

    private void fill(long number) {
        lineNumber = number;
        long id = number + 1;
        digits(id, 0, 10);
        line[10] = ',';
        System.arraycopy(STORE, 0, line, 11, STORE.length);
        digits(id % 997, 17, 3);
        line[20] = ',';
        long cents = (id * 7919) % 10_000_000;
        digits(cents / 100, 21, 6);
        line[27] = '.';
        digits(cents % 100, 28, 2);
        line[30] = '\n';
    }

    private void digits(long value, int at, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            line[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
