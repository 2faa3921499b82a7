package dev.streams.memory;

/** The memory object stream contract with maxBufferSize = MemoryObjectStream.UNBOUNDED. */
class MemoryObjectStreamUnboundedTests extends MemoryObjectStreamContractTests {

    @Override
    int bufferSize() {
        return MemoryObjectStream.UNBOUNDED;
    }
}
