package dev.streams.memory;

/** The memory object stream contract with maxBufferSize = 16. */
class MemoryObjectStreamBounded16Tests extends MemoryObjectStreamContractTests {

    @Override
    int bufferSize() {
        return 16;
    }
}
