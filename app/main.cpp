#include "application.h"

int main(int argc, char *argv[])
{
    return elshi::ui::runApplication(argc, argv);
}
