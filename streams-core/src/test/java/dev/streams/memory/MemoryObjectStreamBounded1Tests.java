package dev.streams.memory;

/** The memory object stream contract with maxBufferSize = 1. */
class MemoryObjectStreamBounded1Tests extends MemoryObjectStreamContractTests {

    @Override
    int bufferSize() {
        return 1;
    }
}
