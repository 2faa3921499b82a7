package dev.streams.memory;

/** The memory object stream contract with maxBufferSize = 0. */
class MemoryObjectStreamRendezvousTests extends MemoryObjectStreamContractTests {

    @Override
    int bufferSize() {
        return 0;
    }
}
