#version 330 core
// Depth pre-pass of a transparent item: colour writes are masked off.
void main() {}
