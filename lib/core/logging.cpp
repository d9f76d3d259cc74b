#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "elshi.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCorpus, "elshi.corpus", QtWarningMsg)
Q_LOGGING_CATEGORY(lcText, "elshi.text", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEntities, "elshi.entities", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "elshi.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "elshi.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "elshi.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "elshi.export", QtWarningMsg)
