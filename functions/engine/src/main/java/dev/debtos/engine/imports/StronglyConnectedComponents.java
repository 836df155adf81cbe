package dev.debtos.engine.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's strongly connected components with an explicit call stack instead of recursion: import chains in big
 * repositories are deep enough to overflow the thread stack.
 */
final class StronglyConnectedComponents {

    private StronglyConnectedComponents() {
    }

    /** The components of the graph {@code successors[node] = nodes it points to}, each as its node ids. */
    static List<int[]> of(int[][] successors) {
        int n = successors.length;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        List<int[]> components = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            int next = root;
            while (next >= 0 || depth > 0) {
                if (next >= 0) { // first visit
                    index[next] = low[next] = counter++;
                    stack[stackSize++] = next;
                    onStack[next] = true;
                    callNode[depth] = next;
                    callEdge[depth++] = 0;
                    next = -1;
                }
                int v = callNode[depth - 1];
                if (callEdge[depth - 1] < successors[v].length) {
                    int w = successors[v][callEdge[depth - 1]++];
                    if (index[w] < 0) {
                        next = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (low[v] == index[v]) {
                    int size = 0;
                    while (stack[stackSize - 1 - size] != v) {
                        size++;
                    }
                    int[] component = Arrays.copyOfRange(stack, stackSize - 1 - size, stackSize);
                    stackSize -= size + 1;
                    for (int node : component) {
                        onStack[node] = false;
                    }
                    components.add(component);
                }
                if (depth > 0) {
                    int parent = callNode[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return components;
    }
}
