@NullMarked
package org.cellbook.storage;

import org.jspecify.annotations.NullMarked;
