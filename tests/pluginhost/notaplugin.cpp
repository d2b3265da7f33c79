// A shared library that is not a Qt plugin at all.
extern "C" int commonwattTestNotAPlugin()
{
    return 42;
}
